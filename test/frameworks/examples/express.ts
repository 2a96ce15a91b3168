import express from 'express';
import { createErrata, ErrataError } from '@errata/server';
import { errataErrorHandler, errataNotFound } from '@errata/server/express';

const errata = createErrata({
  serviceName: 'Acme Shop',
  links: { home: '/', support: 'https://help.example.com', status: 'https://status.example.com' },
  referenceBaseUrl: 'https://docs.example.com/errors/',
});

export const app = express();

app.get('/orders/:id', (req) => {
  // Code that knows what went wrong names a catalog code.
  throw new ErrataError('NOT_FOUND', { message: `order ${req.params.id} not in the database` });
});

app.get('/checkout', async () => {
  // Anything else becomes a 500 page; the message stays in your logs.
  throw new Error('ledger connection lost (db-7.internal)');
});

app.get('/search', () => {
  throw new ErrataError('RATE_LIMITED', { retryAfter: 30 });
});

app.use(errataNotFound(errata)); // after every route
app.use(errataErrorHandler(errata)); // last

// app.listen(3000);
