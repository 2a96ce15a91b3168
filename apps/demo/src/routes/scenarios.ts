import { Router, type Request, type Response } from 'express';
import { ErrataError } from '@errata/server';
import type { createRateLimiter } from '../rate-limit.js';
import type { SearchClient } from '../search-client.js';
import { readEmailForm, validateEmailForm } from '../validation.js';
import { emailPage } from '../pages/email-page.js';
import { rateAllowedPage } from '../pages/rate-page.js';
import { prefsOf, sendPage } from '../respond.js';

export interface ScenarioDeps {
  limiter: ReturnType<typeof createRateLimiter>;
  /** A client whose upstream refuses connections. */
  downClient: SearchClient;
  /** A client whose upstream answers after its timeout. */
  slowClient: SearchClient;
}

/** Maintenance ends on the next quarter hour at least 15 minutes away. */
export function maintenanceEnds(now = Date.now()): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil((now + quarter) / quarter) * quarter);
}

/** Every failing scenario, each page with its `/api` twin (which answers problem+json). */
export function scenarioRoutes({ limiter, downClient, slowClient }: ScenarioDeps): Router {
  const router = Router();
  const both = (path: string) => [path, `/api${path}`];

  router.get(both('/session-expired'), () => {
    throw new ErrataError('SESSION_EXPIRED');
  });
  router.get(both('/forbidden'), () => {
    throw new ErrataError('FORBIDDEN');
  });
  router.get(both('/internal-error'), () => {
    // A realistic bug; its message and stack must not reach the page in production.
    const plan: { limits?: { seats: number } } = {};
    return plan.limits!.seats;
  });
  router.get(both('/maintenance'), () => {
    const availableAt = maintenanceEnds();
    throw new ErrataError('MAINTENANCE', { retryAfter: availableAt, values: { availableAt } });
  });
  router.get(both('/upstream-down'), async () => {
    await downClient.search('status');
  });
  router.get(both('/upstream-timeout'), async () => {
    await slowClient.search('status');
  });

  const consume = async (req: Request, scope: string): Promise<number> => {
    const decision = await limiter.consume(`${req.ip ?? req.socket.remoteAddress ?? 'unknown'}|${scope}`);
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds;
      throw new ErrataError('RATE_LIMITED', { retryAfter: seconds, values: { retryAfterSeconds: seconds } });
    }
    return decision.remaining;
  };
  router.get('/rate-limited', async (req, res) => {
    const remaining = await consume(req, 'page');
    sendPage(res, rateAllowedPage(prefsOf(res), remaining, limiter.limit));
  });
  router.get('/api/rate-limited', async (req, res) => {
    res.json({ allowed: true, remaining: await consume(req, 'api'), limit: limiter.limit });
  });

  router.get('/account/email', (_req, res) => {
    sendPage(res, emailPage(prefsOf(res), { name: '', email: '' }, []));
  });
  router.post('/account/email', (req, res) => {
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
  router.get('/api/account/email', (req, res) => validateApi(req.query as Record<string, unknown>, res));
  router.post('/api/account/email', (req, res) => validateApi(req.body as Record<string, unknown> | undefined, res));
  return router;
}
