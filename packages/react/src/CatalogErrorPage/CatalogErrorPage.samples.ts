import {
  builtinCatalog,
  builtinLocales,
  formatMessage,
  tones,
  uiStrings,
  type ArgType,
  type BuiltinCode,
  type CatalogEntry,
  type LinkKey,
  type Tone,
} from '@errata/catalog';

/**
 * Sample data for the Catalog/<CODE> stories: the same values on every page, so a designer
 * compares like with like. Story data, kept out of the library build like the stories
 * (`*.samples.ts` is excluded from this package's tsconfig and type-checked with the tests).
 */

/**
 * Where the sample pages' links go. Keys without a URL (`back`, `retry`) render their words as
 * plain text; "Try again" goes to the request's own path (`sampleCurrentHref`).
 */
export const sampleLinks: Readonly<Partial<Record<LinkKey, string>>> = {
  home: '/',
  support: '/support',
  status: 'https://status.example.com',
  signIn: '/sign-in',
};

/** The path of the request that failed, where "Try again" leads. */
export const sampleCurrentHref = '/journeys/search';

export const sampleTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';

/** A fixed moment (not "now") in a fixed zone, so screenshots and reviews do not change from run to run. */
export const sampleMoment = new Date(Date.UTC(2026, 10, 21, 14, 30));
export const sampleTimeZone = 'UTC';

const sampleByType: Record<ArgType, string | number | Date> = {
  string: 'Example',
  number: 30,
  date: sampleMoment,
  time: sampleMoment,
};

/**
 * Realistic values for placeholders the built-in catalog uses; anything else gets a sample of
 * its declared type. A `select` placeholder shows its first branch ('yes').
 */
const sampleByName: Readonly<Record<string, string | number | Date>> = {
  answersSaved: 'yes',
  maxSize: '10 MB',
  serviceName: 'Search',
  retryAfterSeconds: 30,
  minutes: 5,
};

export function sampleValues(entry: Pick<CatalogEntry, 'args'>): Record<string, string | number | Date> {
  return Object.fromEntries(
    Object.entries(entry.args).map(([name, type]) => [name, Object.hasOwn(sampleByName, name) ? sampleByName[name]! : sampleByType[type]]),
  );
}

/** The toolbar's tone, or `neutral` (the catalog's default) when it is missing or unknown. */
export function toneFrom(globals: Readonly<Record<string, unknown>>): Tone {
  const tone = globals.tone;
  return tones.find((name) => name === tone) ?? 'neutral';
}

/** The toolbar's locale, or `en` when it is missing or not one of `locales` (default: the built-in ones). */
export function localeFrom(globals: Readonly<Record<string, unknown>>, locales: readonly string[] = builtinLocales): string {
  const locale = globals.locale;
  return locales.find((name) => name === locale) ?? 'en';
}

/**
 * A catalog message in the toolbar's locale and tone, with the sample values (overridable), so
 * every component story shows real copy in every tone, locale and direction.
 */
export function sampleMessage(code: BuiltinCode, globals: Readonly<Record<string, unknown>>, values: Record<string, string | number | Date> = {}) {
  const entry = builtinCatalog.get(code);
  const message = formatMessage(builtinCatalog, code, {
    locale: localeFrom(globals),
    tone: toneFrom(globals),
    values: { ...sampleValues(entry), ...values },
    timeZone: sampleTimeZone,
  });
  return { entry, message, ui: uiStrings(message.locale) };
}

/** What a story's render reads from its context: the toolbar's values. */
export interface StoryGlobals {
  readonly globals: Readonly<Record<string, unknown>>;
}
