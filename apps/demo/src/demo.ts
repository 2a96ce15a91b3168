import express, { type NextFunction, type Request, type Response } from 'express';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Ops } from '@errata/ops';
import { opsEndpoints, opsObserver } from '@errata/ops/express';
import { errataVariants } from './errata.js';
import { createDemoOps, randomSecret } from './ops.js';
import { readPreferences } from './preferences.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';
import { prefsOf, setPrefs } from './respond.js';
import { createSearchClient, type SearchClientOptions } from './search-client.js';
import { startUpstream } from './upstream.js';
import { scenarioRoutes } from './routes/scenarios.js';
import { searchRoutes } from './routes/search.js';
import { signInRoutes } from './routes/sign-in.js';
import { supportRoutes } from './routes/support.js';

export interface DemoOptions {
  /** 0 picks a free port. Default 3000. */
  port?: number;
  host?: string;
  /** Port of the fake upstream; 0 (a free port) by default. */
  upstreamPort?: number;
  /** Resilience timings of the search client (tests shorten the breaker's open time). */
  search?: Partial<Omit<SearchClientOptions, 'baseUrl' | 'path'>>;
  /** How long the upstream's slow mode takes to answer. */
  slowMs?: number;
  rateLimit?: RateLimit;
  mode?: 'production' | 'development';
  /** Signs triage tokens (`ERRATA_TRIAGE_SECRET`); default a random one, in `Demo.triageSecret`. */
  triageSecret?: string;
  /** Share recent errors through this Redis (`ERRATA_REDIS_URL`), as a fleet would. */
  redisUrl?: string;
}

export interface Demo {
  readonly url: string;
  readonly upstreamUrl: string;
  /** The secret triage tokens are signed with. */
  readonly triageSecret: string;
  /** The operations surface: dependency state, metrics, the triage store. */
  readonly ops: Ops;
  /** Closes the demo and its upstream. */
  close(): Promise<void>;
}

/** A loopback port with nothing listening: the "upstream down" scenario's dependency. */
async function deadPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const host = options.host ?? '127.0.0.1';
  const upstream = await startUpstream({ port: options.upstreamPort ?? 0, ...(options.slowMs ? { slowMs: options.slowMs } : {}) });
  const triageSecret = options.triageSecret ?? randomSecret();
  let demoOps: Awaited<ReturnType<typeof createDemoOps>>;
  try {
    demoOps = await createDemoOps({ upstreamUrl: upstream.url, triageSecret, ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}) });
  } catch (error) {
    await upstream.close();
    throw error;
  }
  const { ops } = demoOps;
  const search = createSearchClient({ baseUrl: upstream.url, ...options.search, dependency: { registry: ops.dependencies, name: 'search' } });
  // The two scenario clients never open a breaker: each request shows the failure itself.
  const downClient = createSearchClient({ baseUrl: `http://127.0.0.1:${await deadPort()}`, breakAfter: Number.MAX_SAFE_INTEGER, initialDelayMs: 50 });
  const slowClient = createSearchClient({
    baseUrl: upstream.url,
    path: '/slow/search',
    timeoutMs: 300,
    initialDelayMs: 50,
    breakAfter: Number.MAX_SAFE_INTEGER,
  });
  const limiter = createRateLimiter(options.rateLimit ?? { points: 5, seconds: 10 });
  const errataFor = errataVariants({ ops, ...(options.mode ? { mode: options.mode } : {}) });

  const app = express();
  app.disable('x-powered-by');
  // First: every request is measured under its route, and an operator's token is verified.
  app.use(opsObserver(ops));
  // /livez, /readyz, /metrics, /_errata/errors[/<reference>], /_errata/audit.
  app.use(opsEndpoints(ops));
  app.use((req, res, next) => {
    const prefs = readPreferences(req.url);
    setPrefs(res, prefs);
    // The language toggle stands in for the browser's Accept-Language, which errata negotiates.
    if (prefs.lang) req.headers['accept-language'] = prefs.lang;
    next();
  });
  // API routes speak problem+json whoever calls them, so the index can link to them from a browser.
  app.use('/api', (req, _res, next) => {
    req.headers.accept = 'application/problem+json, application/json;q=0.9';
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: '8kb' }));
  app.use(express.json({ limit: '8kb' }));
  app.use(searchRoutes({ upstream, search, errataFor, ops }));
  app.use(scenarioRoutes({ limiter, downClient, slowClient }));
  app.use(signInRoutes());
  app.use(supportRoutes({ ops }));
  app.use((req: Request, res: Response, next: NextFunction) => errataFor(prefsOf(res)).notFound(req, res, next));
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => errataFor(prefsOf(res)).errorHandler(error, req, res, next));

  let server: Server;
  try {
    server = await new Promise((resolve, reject) => {
      const s = app.listen(options.port ?? 3000, host, (error?: Error) => (error ? reject(error) : resolve(s)));
    });
  } catch (error) {
    await demoOps.close();
    await upstream.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    upstreamUrl: upstream.url,
    triageSecret,
    ops,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await demoOps.close();
      await upstream.close();
    },
  };
}
