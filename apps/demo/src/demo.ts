import express, { type Request, type Response } from 'express';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { ErrataError } from '@errata/server';
import { errataVariants } from './errata.js';
import { readPreferences, withPreferences, type Preferences } from './preferences.js';
import { createRateLimiter, type RateLimit } from './rate-limit.js';
import { createSearchClient, isRejectedByPolicy, type SearchClient, type SearchClientOptions } from './search-client.js';
import { isUpstreamMode, startUpstream } from './upstream.js';
import { readEmailForm, validateEmailForm } from './validation.js';
import { indexPage } from './pages/index-page.js';
import { searchPage } from './pages/search-page.js';
import { emailPage } from './pages/email-page.js';
import { rateAllowedPage } from './pages/rate-page.js';
import type { RenderedPage } from './pages/layout.js';

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
}

export interface Demo {
  readonly url: string;
  readonly upstreamUrl: string;
  close(): Promise<void>;
}

type Locals = { prefs: Preferences };

function prefsOf(res: Response): Preferences {
  return (res.locals as Locals).prefs;
}

function sendPage(res: Response, page: RenderedPage, status = 200): void {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': page.csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    })
    .send(page.html);
}

/** A loopback port with nothing listening: the "upstream down" scenario's dependency. */
async function deadPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Maintenance ends on the next quarter hour at least 15 minutes away. */
function maintenanceEnds(now = Date.now()): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil((now + quarter) / quarter) * quarter);
}

/** An open breaker (or full bulkhead) becomes a 503 whose Retry-After is the breaker's remaining open time. */
function unavailable(error: unknown, client: SearchClient): unknown {
  if (!isRejectedByPolicy(error)) return error;
  const retryAfter = client.retryAfterSeconds() ?? 5;
  return new ErrataError('SERVICE_UNAVAILABLE', { retryAfter, cause: error });
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const host = options.host ?? '127.0.0.1';
  const upstream = await startUpstream({ port: options.upstreamPort ?? 0, ...(options.slowMs ? { slowMs: options.slowMs } : {}) });
  const search = createSearchClient({ baseUrl: upstream.url, ...options.search });
  const downClient = createSearchClient({ baseUrl: `http://127.0.0.1:${await deadPort()}`, breakAfter: 1_000_000, initialDelayMs: 50 });
  const slowClient = createSearchClient({ baseUrl: upstream.url, path: '/slow/search', timeoutMs: 300, initialDelayMs: 50, breakAfter: 1_000_000 });
  const limiter = createRateLimiter(options.rateLimit ?? { points: 5, seconds: 10 });
  const errataFor = errataVariants({ ...(options.mode ? { mode: options.mode } : {}) });

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const prefs = readPreferences(req.url);
    (res.locals as Locals).prefs = prefs;
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

  app.get('/', (_req, res) => {
    sendPage(res, indexPage(prefsOf(res), { mode: upstream.mode, breaker: search.breakerState() }));
  });

  app.post('/upstream/mode', (req, res) => {
    const set: unknown = (req.body as Record<string, unknown> | undefined)?.set;
    if (!isUpstreamMode(set)) throw new ErrataError('BAD_REQUEST');
    upstream.mode = set;
    res.redirect(303, withPreferences('/#upstream', prefsOf(res)));
  });

  const sessionExpired = () => {
    throw new ErrataError('SESSION_EXPIRED');
  };
  const forbidden = () => {
    throw new ErrataError('FORBIDDEN');
  };
  const internalError = () => {
    // A realistic bug; its message and stack must not reach the page in production.
    const plan: { limits?: { seats: number } } = {};
    return plan.limits!.seats;
  };
  const maintenance = () => {
    const availableAt = maintenanceEnds();
    throw new ErrataError('MAINTENANCE', { retryAfter: availableAt, values: { availableAt } });
  };
  const rateLimited = async (req: Request, scope: string) => {
    const decision = await limiter.consume(`${req.ip ?? req.socket.remoteAddress ?? 'unknown'}|${scope}`);
    if (!decision.allowed) {
      throw new ErrataError('RATE_LIMITED', { retryAfter: decision.retryAfterSeconds, values: { retryAfterSeconds: decision.retryAfterSeconds } });
    }
    return decision.remaining;
  };

  app.get(['/session-expired', '/api/session-expired'], sessionExpired);
  app.get(['/forbidden', '/api/forbidden'], forbidden);
  app.get(['/internal-error', '/api/internal-error'], internalError);
  app.get(['/maintenance', '/api/maintenance'], maintenance);

  app.get('/rate-limited', async (req, res) => {
    const remaining = await rateLimited(req, 'page');
    sendPage(res, rateAllowedPage(prefsOf(res), remaining, limiter.limit));
  });
  app.get('/api/rate-limited', async (req, res) => {
    const remaining = await rateLimited(req, 'api');
    res.json({ allowed: true, remaining, limit: limiter.limit });
  });

  app.get('/account/email', (_req, res) => {
    sendPage(res, emailPage(prefsOf(res), { name: '', email: '' }, []));
  });
  app.post('/account/email', (req, res) => {
    const form = readEmailForm(req.body as Record<string, unknown> | undefined);
    const errors = validateEmailForm(form);
    sendPage(res, emailPage(prefsOf(res), form, errors, errors.length === 0), errors.length ? 422 : 200);
  });
  const validateApi = (input: Record<string, unknown> | undefined, res: Response) => {
    const errors = validateEmailForm(readEmailForm(input));
    if (errors.length) {
      throw new ErrataError('VALIDATION_FAILED', { errors: errors.map((e) => ({ path: `/${e.field}`, message: e.message })) });
    }
    res.json({ saved: true });
  };
  app.get('/api/account/email', (req, res) => validateApi(req.query as Record<string, unknown>, res));
  app.post('/api/account/email', (req, res) => validateApi(req.body as Record<string, unknown> | undefined, res));

  app.get(['/upstream-down', '/api/upstream-down'], async () => {
    await downClient.search('status');
  });
  app.get(['/upstream-timeout', '/api/upstream-timeout'], async () => {
    await slowClient.search('status');
  });

  app.get('/search', async (req, res) => {
    const prefs = prefsOf(res);
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : undefined;
    if (q === undefined) return sendPage(res, searchPage(prefs, { query: '' }));
    const outcome = await search.search(q).catch((error: unknown) => {
      throw unavailable(error, search);
    });
    if (outcome.kind === 'fresh') return sendPage(res, searchPage(prefs, { query: q, results: outcome.results }));
    // The catalog's DEGRADED copy reads "showing results saved at {since}": the saved time.
    const banner = errataFor(prefs).errata.renderBanner('DEGRADED', { values: { since: outcome.savedAt } });
    sendPage(
      res,
      searchPage(prefs, { query: q, results: outcome.results, degradedSince: outcome.degradedSince, banner: { html: banner.html, style: banner } }),
    );
  });
  app.get('/api/search', async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    const outcome = await search.search(q).catch((error: unknown) => {
      throw unavailable(error, search);
    });
    res.json(
      outcome.kind === 'fresh'
        ? { query: q, results: outcome.results, degraded: false }
        : { query: q, results: outcome.results, degraded: true, savedAt: outcome.savedAt.toISOString(), degradedSince: outcome.degradedSince.toISOString() },
    );
  });

  app.use((req, res, next) => errataFor(prefsOf(res)).notFound(req, res, next));
  app.use((error: unknown, req: Request, res: Response, next: (e?: unknown) => void) => errataFor(prefsOf(res)).errorHandler(error, req, res, next));

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? 3000, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    upstreamUrl: upstream.url,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
    },
  };
}
