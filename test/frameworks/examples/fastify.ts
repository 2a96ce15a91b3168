import Fastify from 'fastify';
import { createErrata, ErrataError } from '@errata/server';
import { errataFastify } from '@errata/server/fastify';

const errata = createErrata({
  serviceName: 'Acme Shop',
  links: { home: '/', support: 'https://help.example.com', status: 'https://status.example.com' },
  referenceBaseUrl: 'https://docs.example.com/errors/',
});

export const app = Fastify();
await app.register(errataFastify, { errata }); // sets the error and not-found handlers

app.get<{ Params: { id: string } }>('/orders/:id', async (request) => {
  throw new ErrataError('NOT_FOUND', { message: `order ${request.params.id} not in the database` });
});

app.get('/checkout', async () => {
  throw new Error('ledger connection lost (db-7.internal)');
});

app.get('/search', async () => {
  throw new ErrataError('RATE_LIMITED', { retryAfter: 30 });
});

// await app.listen({ port: 3000 });
