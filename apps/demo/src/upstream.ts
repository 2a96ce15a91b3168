import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake search backend behaves; switched from the demo's index page. */
export type UpstreamMode = 'healthy' | 'slow' | 'flapping' | 'down';
export const upstreamModes: readonly UpstreamMode[] = ['healthy', 'slow', 'flapping', 'down'];

export function isUpstreamMode(value: unknown): value is UpstreamMode {
  return typeof value === 'string' && (upstreamModes as readonly string[]).includes(value);
}

export interface Upstream {
  readonly url: string;
  mode: UpstreamMode;
  close(): Promise<void>;
}

export interface UpstreamOptions {
  port?: number;
  /** Delay of the `slow` mode; longer than the demo's timeout so slow calls time out. */
  slowMs?: number;
}

const catalogue = [
  'Accessible error pages',
  'Branded banners',
  'Circuit breakers explained',
  'Error budgets for beginners',
  'Message tone guide',
  'Problem details for HTTP APIs',
  'Retry with exponential backoff',
  'Right-to-left layout checklist',
  'Server-side rendering with React',
  'Trace context in practice',
];

function search(q: string): { query: string; results: { title: string }[] } {
  const needle = q.trim().toLowerCase();
  const results = catalogue.filter((title) => needle === '' || title.toLowerCase().includes(needle)).map((title) => ({ title }));
  return { query: q, results };
}

/**
 * A real second HTTP server on loopback that the demo calls. `down` resets connections (what a
 * crashed or unreachable backend looks like to a client); `slow` answers after `slowMs`;
 * `flapping` fails every other request with a 503.
 */
export async function startUpstream(options: UpstreamOptions = {}): Promise<Upstream> {
  const slowMs = options.slowMs ?? 3000;
  let flap = 0;
  const timers = new Set<NodeJS.Timeout>();
  const state = { mode: 'healthy' as UpstreamMode };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://upstream.invalid');
    if (state.mode === 'down') {
      req.socket.destroy();
      return;
    }
    // `/slow/search` is always slow: the upstream-timeout scenario, whatever the mode.
    const alwaysSlow = url.pathname === '/slow/search';
    if (url.pathname !== '/search' && !alwaysSlow) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = JSON.stringify(search(url.searchParams.get('q') ?? ''));
    const reply = () => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (state.mode === 'flapping' && !alwaysSlow && flap++ % 2 === 0) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"flapping"}');
    } else if (state.mode === 'slow' || alwaysSlow) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) reply();
      }, slowMs);
      timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    } else {
      reply();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get mode() {
      return state.mode;
    },
    set mode(next: UpstreamMode) {
      state.mode = next;
      flap = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
