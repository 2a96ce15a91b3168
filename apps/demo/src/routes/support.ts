import { Router } from 'express';
import type { Ops } from '@errata/ops';
import { supportPage } from '../pages/support-page.js';
import { prefsOf, sendPage } from '../respond.js';
import { checkReference, lookUpReference } from '../support-reference.js';

/**
 * The page every error page's "Contact support" links to; `?reference=` checks a pasted
 * reference against the recent errors, and says only what is safe: known or not, when, and the
 * public title.
 */
export function supportRoutes({ ops }: { ops: Ops }): Router {
  const router = Router();
  router.get('/support', async (req, res) => {
    const raw = req.query.reference;
    const value = typeof raw === 'string' ? raw.slice(0, 200) : '';
    const check = checkReference(raw);
    const prefs = prefsOf(res);
    const found = check.kind === 'valid' ? await lookUpReference(ops.store, check.reference, prefs.tone, prefs.lang) : undefined;
    sendPage(res, supportPage(prefs, { value, check, ...(found ? { found } : {}) }));
  });
  return router;
}
