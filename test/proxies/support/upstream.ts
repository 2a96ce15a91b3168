// The service behind the proxy in the tests: it answers errors of its own (with a body that must
// never reach the client), hangs, or is not there at all.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Upstream {
  readonly port: number;
  /** The X-Request-ID the upstream received for each path it was asked for, last one wins. */
  readonly requestIds: Map<string, string | undefined>;
  close(): Promise<void>;
}

/** What a crashed app sends: the proxy must replace it, never pass it on. */
export const upstreamErrorBody = 'TypeError: Cannot read properties of undefined\n    at handler (/srv/app/src/orders.js:42:17)\n';

/**
 * `/status/<code>` answers that status with a leaky body; `/hang` never answers; anything else
 * is `200 ok`.
 */
export async function startUpstream(): Promise<Upstream> {
  const requestIds = new Map<string, string | undefined>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const id = req.headers['x-request-id'];
    requestIds.set(path, Array.isArray(id) ? id.join(', ') : id);
    if (path.startsWith('/hang')) return;
    const status = /^\/status\/(\d{3})/.exec(path);
    if (status) {
      res.writeHead(Number(status[1]), { 'content-type': 'text/plain', 'x-powered-by': 'Express' });
      res.end(upstreamErrorBody);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requestIds,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
