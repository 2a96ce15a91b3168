import Koa from 'koa';
import { createErrata, ErrataError } from '@errata/server';
import { errataKoa } from '@errata/server/koa';

const errata = createErrata({
  serviceName: 'Acme Shop',
  links: { home: '/', support: 'https://help.example.com', status: 'https://status.example.com' },
  referenceBaseUrl: 'https://docs.example.com/errors/',
});

export const app = new Koa();
app.use(errataKoa(errata)); // first: wraps everything, and answers 404 when nothing set a body

app.use(async (ctx, next) => {
  const order = /^\/orders\/([^/]+)$/.exec(ctx.path);
  if (order) throw new ErrataError('NOT_FOUND', { message: `order ${order[1]} not in the database` });
  if (ctx.path === '/checkout') throw new Error('ledger connection lost (db-7.internal)');
  if (ctx.path === '/search') throw new ErrataError('RATE_LIMITED', { retryAfter: 30 });
  await next();
});

// app.listen(3000);
