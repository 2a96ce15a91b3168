import type { Response } from 'express';
import type { Preferences } from './preferences.js';
import type { RenderedPage } from './pages/layout.js';

type Locals = { prefs: Preferences };

export function setPrefs(res: Response, prefs: Preferences): void {
  (res.locals as Locals).prefs = prefs;
}

/** The preview preferences parsed for this request by the first middleware. */
export function prefsOf(res: Response): Preferences {
  return (res.locals as Locals).prefs;
}

/** A demo page with the headers an error page gets too: its own CSP, nosniff, no caching. */
export function sendPage(res: Response, page: RenderedPage, status = 200): void {
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
