import { Router } from 'express';
import { ErrataError } from '@errata/server';
import type { DemoErrata } from '../errata.js';
import { withPreferences, type Preferences } from '../preferences.js';
import { isRejectedByPolicy, type SearchClient } from '../search-client.js';
import { isUpstreamMode, type Upstream } from '../upstream.js';
import { indexPage } from '../pages/index-page.js';
import { searchPage } from '../pages/search-page.js';
import { prefsOf, sendPage } from '../respond.js';

export interface SearchDeps {
  upstream: Upstream;
  search: SearchClient;
  errataFor: (prefs: Preferences) => DemoErrata;
}

/** An open breaker (or full bulkhead) becomes a 503 whose Retry-After is the breaker's remaining open time. */
function unavailable(error: unknown, client: SearchClient): unknown {
  if (!isRejectedByPolicy(error)) return error;
  return new ErrataError('SERVICE_UNAVAILABLE', { retryAfter: client.retryAfterSeconds() ?? 5, cause: error });
}

function queryOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

/** The index (which shows and switches the upstream) and search through the resilient client. */
export function searchRoutes({ upstream, search, errataFor }: SearchDeps): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    sendPage(res, indexPage(prefsOf(res), { mode: upstream.mode, breaker: search.breakerState() }));
  });

  router.post('/upstream/mode', (req, res) => {
    const set: unknown = (req.body as Record<string, unknown> | undefined)?.set;
    if (!isUpstreamMode(set)) throw new ErrataError('BAD_REQUEST');
    upstream.mode = set;
    res.redirect(303, withPreferences('/#upstream', prefsOf(res)));
  });

  router.get('/search', async (req, res) => {
    const prefs = prefsOf(res);
    const q = queryOf(req.query.q);
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

  router.get('/api/search', async (req, res) => {
    const q = queryOf(req.query.q) ?? '';
    const outcome = await search.search(q).catch((error: unknown) => {
      throw unavailable(error, search);
    });
    res.json(
      outcome.kind === 'fresh'
        ? { query: q, results: outcome.results, degraded: false }
        : { query: q, results: outcome.results, degraded: true, savedAt: outcome.savedAt.toISOString(), degradedSince: outcome.degradedSince.toISOString() },
    );
  });
  return router;
}
