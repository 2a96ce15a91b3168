import { Router } from 'express';
import { supportPage } from '../pages/support-page.js';
import { prefsOf, sendPage } from '../respond.js';
import { checkReference } from '../support-reference.js';

/** The page every error page's "Contact support" links to; `?reference=` checks a pasted reference. */
export function supportRoutes(): Router {
  const router = Router();
  router.get('/support', (req, res) => {
    const raw = req.query.reference;
    const value = typeof raw === 'string' ? raw.slice(0, 200) : '';
    sendPage(res, supportPage(prefsOf(res), { value, check: checkReference(raw) }));
  });
  return router;
}
