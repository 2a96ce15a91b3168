import { createServer } from 'node:http';
import { createErrata, ErrataError } from '@errata/server';
import { errataNode } from '@errata/server/node';

const errata = createErrata({
  serviceName: 'Acme Shop',
  links: { home: '/', support: 'https://help.example.com', status: 'https://status.example.com' },
  referenceBaseUrl: 'https://docs.example.com/errors/',
});
const { send, notFound } = errataNode(errata);

export const server = createServer(async (req, res) => {
  try {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const order = /^\/orders\/([^/]+)$/.exec(path);
    if (order) throw new ErrataError('NOT_FOUND', { message: `order ${order[1]} not in the database` });
    if (path === '/checkout') throw new Error('ledger connection lost (db-7.internal)');
    if (path === '/search') throw new ErrataError('RATE_LIMITED', { retryAfter: 30 });
    notFound(res, req);
  } catch (error) {
    send(res, error, req);
  }
});

// server.listen(3000);
