import { createErrata, ErrataError } from '@errata/server';
import { errataFetch } from '@errata/server/fetch';

const errata = createErrata({
  serviceName: 'Acme Shop',
  links: { home: '/', support: 'https://help.example.com', status: 'https://status.example.com' },
  referenceBaseUrl: 'https://docs.example.com/errors/',
});
const { respond, notFound } = errataFetch(errata);

// A fetch-style handler: Bun.serve, Deno.serve, workers, Next.js route handlers...
export async function handler(request: Request): Promise<Response> {
  try {
    const path = new URL(request.url).pathname;
    const order = /^\/orders\/([^/]+)$/.exec(path);
    if (order) throw new ErrataError('NOT_FOUND', { message: `order ${order[1]} not in the database` });
    if (path === '/checkout') throw new Error('ledger connection lost (db-7.internal)');
    if (path === '/search') throw new ErrataError('RATE_LIMITED', { retryAfter: 30 });
    return notFound(request);
  } catch (error) {
    return respond(error, request);
  }
}
