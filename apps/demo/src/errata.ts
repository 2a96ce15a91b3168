import type { Ops } from '@errata/ops';
import { createErrata, type Errata } from '@errata/server';
import { errataErrorHandler, errataNotFound } from '@errata/server/express';
import { exampleBrand } from '@errata/tokens';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { classifyResilienceError } from './classify.js';
import { preferencesKey, withPreferences, type Preferences } from './preferences.js';

export interface DemoErrata {
  readonly errata: Errata;
  readonly errorHandler: ErrorRequestHandler;
  readonly notFound: RequestHandler;
}

/**
 * One Errata per preview variant (theme x tone x language: at most 5 x 3 x 5), created on first
 * use. Each keeps its own static-part cache, which is what production would have with one variant.
 */
export function errataVariants(options: { mode?: 'production' | 'development'; ops: Ops }): (prefs: Preferences) => DemoErrata {
  const variants = new Map<string, DemoErrata>();
  return (prefs) => {
    const key = preferencesKey(prefs);
    let variant = variants.get(key);
    if (!variant) {
      const errata = createErrata({
        mode: options.mode ?? 'production',
        theme: prefs.theme === 'brand' ? 'auto' : prefs.theme,
        ...(prefs.theme === 'brand' ? { brand: exampleBrand } : {}),
        defaultTone: prefs.tone,
        serviceName: 'Errata demo',
        // Links are fixed per Errata instance, so sign-in cannot carry the failing page as `next`;
        // it returns to `/`. Each variant's links keep its preferences.
        links: {
          home: withPreferences('/', prefs),
          status: withPreferences('/#upstream', prefs),
          signIn: withPreferences('/sign-in', prefs),
          support: withPreferences('/support', prefs),
        },
        // The demo's support page reads `?reference=`: every "Contact support" link fills it in.
        supportReferenceParam: 'reference',
        classify: (error: unknown) => classifyResilienceError(error),
        // Every error reaches @errata/ops (metrics, the triage store); an operator's token shows
        // diagnostics, and each time is audited. No onError: 5xx events go to stderr as JSON lines.
        observers: [options.ops.observer],
        diagnostics: { authorize: (request) => options.ops.authorizeDiagnostics(request) },
      });
      variant = { errata, errorHandler: errataErrorHandler(errata), notFound: errataNotFound(errata) };
      variants.set(key, variant);
    }
    return variant;
  };
}
