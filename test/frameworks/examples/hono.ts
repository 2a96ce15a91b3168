import { Hono } from 'hono';
import { createErrata, ErrataError } from '@errata/server';
import { errataCatch, errataNotFound, errataOnError } from '@errata/server/hono';

const errata = createErrata({
  serviceName: 'Acme Shop',
  links: { home: '/', support: 'https://help.example.com', status: 'https://status.example.com' },
  referenceBaseUrl: 'https://docs.example.com/errors/',
});

export const app = new Hono();
app.use(errataCatch(errata)); // catches what Hono's onError skips (throw null, Symbols, ...)
app.onError(errataOnError(errata));
app.notFound(errataNotFound(errata));

app.get('/orders/:id', (c) => {
  throw new ErrataError('NOT_FOUND', { message: `order ${c.req.param('id')} not in the database` });
});

app.get('/checkout', async () => {
  throw new Error('ledger connection lost (db-7.internal)');
});

app.get('/search', () => {
  throw new ErrataError('RATE_LIMITED', { retryAfter: 30 });
});

// import { serve } from '@hono/node-server'; serve({ fetch: app.fetch, port: 3000 });
