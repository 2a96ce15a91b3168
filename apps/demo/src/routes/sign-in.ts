import { Router } from 'express';
import { safeNextPath } from '../next-path.js';
import { signInPage } from '../pages/sign-in-page.js';
import { withPreferences } from '../preferences.js';
import { prefsOf, sendPage } from '../respond.js';
import { readSignInForm, validateSignInForm } from '../sign-in-form.js';

/**
 * A stand-in sign-in: any email and password "sign in" by going back to `next` (a same-origin
 * path, else `/`) with the preview preferences kept. Nothing is stored and no cookie is set.
 */
export function signInRoutes(): Router {
  const router = Router();
  router.get('/sign-in', (req, res) => {
    sendPage(res, signInPage(prefsOf(res), { email: '', password: '', next: safeNextPath(req.query.next) }, []));
  });
  router.post('/sign-in', (req, res) => {
    const prefs = prefsOf(res);
    const form = readSignInForm(req.body as Record<string, unknown> | undefined);
    const errors = validateSignInForm(form);
    if (errors.length) return sendPage(res, signInPage(prefs, form, errors), 422);
    res.redirect(303, withPreferences(form.next, prefs));
  });
  return router;
}
