import { Router } from 'express';
import type { Ops } from '@errata/ops';
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
  ops: Ops;
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
export function searchRoutes({ upstream, search, errataFor, ops }: SearchDeps): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    const state = ops.dependencies.get('search');
    sendPage(res, indexPage(prefsOf(res), { mode: upstream.mode, breaker: search.breakerState(), ...(state ? { status: state.status } : {}) }, ops.paths));
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
    // The banners follow the dependency's state (@errata/ops): DEGRADED, since when, in the
    // request's language; the page only places them.
    const [banner] = ops.banners(errataFor(prefs).errata, req);
    sendPage(
      res,
      searchPage(prefs, {
        query: q,
        results: outcome.results,
        ...(outcome.kind === 'saved' ? { degradedSince: outcome.degradedSince } : {}),
        ...(banner ? { banner: { html: banner.html, style: banner } } : {}),
      }),
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
