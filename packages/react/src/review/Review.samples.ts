import type { ReviewFinding, ReviewRow } from './types.js';

/**
 * Sample data for the review components' stories and tests: what `errata review` gathers for a
 * catalog with one English-only code. Story data, kept out of the library build.
 */
export const sampleRows: readonly ReviewRow[] = [
  {
    code: 'NOT_FOUND',
    locale: 'en',
    localeName: 'English',
    tone: 'neutral',
    title: 'Page not found',
    shownLocale: 'en',
    shownTone: 'neutral',
    dir: 'ltr',
    grade: 3.2,
    href: '#not-found-en',
    errors: 0,
    warnings: 0,
    infos: 0,
  },
  {
    code: 'NOT_FOUND',
    locale: 'ar',
    localeName: 'Arabic',
    tone: 'neutral',
    title: 'الصفحة غير موجودة',
    shownLocale: 'ar',
    shownTone: 'neutral',
    dir: 'rtl',
    grade: null,
    href: '#not-found-ar',
    errors: 0,
    warnings: 0,
    infos: 0,
  },
  {
    code: 'CART_EXPIRED',
    locale: 'es',
    localeName: 'Spanish',
    tone: 'friendly',
    title: 'Your cart has expired',
    shownLocale: 'en',
    shownTone: 'neutral',
    dir: 'ltr',
    grade: 4.1,
    href: '#cart-es',
    errors: 0,
    warnings: 1,
    infos: 0,
  },
];

export const sampleFindings: readonly ReviewFinding[] = [
  {
    ruleId: 'CV-01',
    ruleName: 'coverage/missing-translation',
    severity: 'warning',
    field: '*',
    message: 'No es copy for this code: es readers see the en copy. Translate it, or accept the fallback.',
    url: 'https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md#cv-01',
  },
  {
    ruleId: 'MC-03',
    ruleName: 'mechanics/passive-voice',
    severity: 'warning',
    field: 'title',
    message: 'Passive voice hides who acts.',
    text: 'Page not found',
    url: 'https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md#mc-03',
    suppressed: { reason: '"Page not found" is the phrase people recognise.' },
  },
];
