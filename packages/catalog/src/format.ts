// formatMessage / formatUi: ICU formatting with intl-messageformat. Compiled formatters are cached
// per catalog, code, locale, tone, field (and time zone), never per value, so the cache is bounded
// by the size of the catalog. Values are coerced to their declared type; a description or steps
// that would print a missing or unusable value show the message set's `withoutValues` copy where
// it has one, else the value renders as a visible `[name]` placeholder instead of throwing.
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { builtinUiStrings } from './builtin/ui/index.js';
import { unknownCode } from './define-catalog.js';
import { parseMessage } from './icu.js';
import { messageSetFor } from './fallback.js';
import { directionOf, localeCandidates, resolveLocale } from './locale.js';
import {
  tones,
  type ArgType,
  type Catalog,
  type FormattedMessage,
  type LinkKey,
  type MessageSet,
  type RichText,
  type Tone,
  type UiKey,
  type UiStrings,
} from './types.js';
import { uiArgs, uiStringKeys } from './validate.js';

export interface FormatOptions {
  /** Requested locale (BCP 47); falls back to the base language, then `en`. */
  readonly locale?: string;
  /** Default `neutral`. */
  readonly tone?: Tone;
  /**
   * Placeholder values. Strings for `string` args (booleans become 'yes'/'no' for selects),
   * numbers for `number` args, `Date`, epoch milliseconds or ISO strings for `date`/`time` args.
   */
  readonly values?: Readonly<Record<string, unknown>>;
  /** IANA time zone for date/time placeholders; default is the process time zone. */
  readonly timeZone?: string;
}

const maxStringValue = 1000;
const maxTimeZones = 16;

type Value = string | number | Date;
interface Coerced {
  readonly values: Record<string, Value>;
  readonly missing: ReadonlySet<string>;
}

function readOwn(values: unknown, name: string): unknown {
  if (typeof values !== 'object' || values === null) return undefined;
  try {
    return Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined; // a throwing getter or proxy trap: treat as missing
  }
}

function coerce(type: ArgType, raw: unknown): Value | undefined {
  switch (type) {
    case 'string':
      if (typeof raw === 'string') return raw.length > maxStringValue ? `${raw.slice(0, maxStringValue)}…` : raw;
      if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
      if ((typeof raw === 'number' && Number.isFinite(raw)) || typeof raw === 'bigint') return String(raw);
      return undefined;
    case 'number':
      if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
      if (typeof raw === 'bigint') return Number(raw);
      if (typeof raw === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw)) return Number(raw);
      return undefined;
    case 'date':
    case 'time': {
      let date: Date | undefined;
      if (raw instanceof Date) date = raw;
      else if (typeof raw === 'number' && Number.isFinite(raw)) date = new Date(raw);
      else if (typeof raw === 'string' && raw.length <= 64) date = new Date(raw);
      return date !== undefined && Number.isFinite(date.getTime()) ? date : undefined;
    }
  }
}

function coerceAll(args: Readonly<Record<string, ArgType>>, values: unknown): Coerced {
  const result: Record<string, Value> = {};
  const missing = new Set<string>();
  for (const [name, type] of Object.entries(args)) {
    const value = coerce(type, readOwn(values, name));
    if (value === undefined) missing.add(name);
    else result[name] = value;
  }
  return { values: result, missing };
}

/** The message with every missing placeholder replaced: `[name]` text, or the `other` branch. */
function withPlaceholders(ast: readonly MessageFormatElement[], missing: ReadonlySet<string>, pound?: string): MessageFormatElement[] {
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return ast.flatMap((el): MessageFormatElement[] => {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        return missing.has(el.value) ? [literal(`[${el.value}]`)] : [el];
      case TYPE.pound:
        return pound === undefined ? [el] : [literal(`[${pound}]`)];
      case TYPE.select:
      case TYPE.plural: {
        if (missing.has(el.value)) {
          const other = el.options.other?.value ?? [];
          return withPlaceholders(other, missing, el.type === TYPE.plural ? el.value : pound);
        }
        // Inside a plural that has its value, `#` belongs to that plural again.
        const innerPound = el.type === TYPE.plural ? undefined : pound;
        const options = Object.fromEntries(
          Object.entries(el.options).map(([key, option]) => [key, { ...option, value: withPlaceholders(option.value, missing, innerPound) }]),
        );
        return [{ ...el, options } as MessageFormatElement];
      }
      case TYPE.tag:
        return [{ ...el, children: withPlaceholders(el.children, missing, pound) }];
      default:
        return [el];
    }
  });
}

interface Compiled {
  readonly ast: MessageFormatElement[];
  /** The arguments whose value the message prints (not those that only pick a select branch). */
  readonly printed: ReadonlySet<string>;
  readonly locale: string;
  readonly formats: ReturnType<typeof formatsFor>;
  readonly full: IntlMessageFormat;
  /** Keyed by the sorted names of missing placeholders: bounded by the message's args. */
  readonly variants: Map<string, IntlMessageFormat>;
}

function formatsFor(timeZone: string | undefined) {
  if (timeZone === undefined) return undefined;
  const withZone = (group: Record<string, Intl.DateTimeFormatOptions>) => Object.fromEntries(Object.entries(group).map(([k, v]) => [k, { ...v, timeZone }]));
  return { date: withZone(IntlMessageFormat.formats.date), time: withZone(IntlMessageFormat.formats.time) };
}

// Checking a zone builds an Intl.DateTimeFormat (~200 µs); zones come from configuration, so
// remember the valid ones (bounded all the same).
const knownZones = new Map<string, string>();

function checkTimeZone(timeZone: unknown): string | undefined {
  if (timeZone === undefined) return undefined;
  const known = typeof timeZone === 'string' ? knownZones.get(timeZone) : undefined;
  if (known !== undefined) return known;
  try {
    if (typeof timeZone !== 'string') throw new RangeError();
    const canonicalZone = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
    if (knownZones.size < 64) knownZones.set(timeZone, canonicalZone);
    return canonicalZone;
  } catch {
    throw new TypeError(`Unknown time zone ${JSON.stringify(String(timeZone).slice(0, 64))}; use an IANA name such as 'Europe/London'`);
  }
}

/**
 * Dates and times keep together: "2:30 PM", "21. November 2026" and "14:30 Uhr" must not break at
 * the end of a line (Node's ICU writes an ordinary space before "PM"). Every space becomes a
 * no-break space except after a comma, so a long date can still wrap after its weekday.
 */
const unbreakable = (text: string) => text.replace(/(?<!,) /g, '\u00a0');
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const formatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options),
  getPluralRules: (locales?: string | string[], options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locales, options),
  getDateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const key = JSON.stringify([locales, options]);
    let format = dateTimeFormats.get(key);
    if (!format) {
      const base = new Intl.DateTimeFormat(locales, options);
      format = {
        format: (value?: Date | number) => unbreakable(base.format(value)),
        formatToParts: (value?: Date | number) => base.formatToParts(value).map((part) => ({ ...part, value: unbreakable(part.value) })),
        resolvedOptions: () => base.resolvedOptions(),
      } as unknown as Intl.DateTimeFormat;
      if (dateTimeFormats.size < 256) dateTimeFormats.set(key, format);
    }
    return format;
  },
};

function compile(message: string, locale: string, timeZone: string | undefined): Compiled {
  const parsed = parseMessage(message);
  // defineCatalog refused unparsable messages; show the raw text rather than fail if one slips by.
  const ast = parsed.ok ? parsed.ast : [{ type: TYPE.literal, value: message } as MessageFormatElement];
  const formats = formatsFor(timeZone);
  const printed = new Set<string>();
  collectSelects(ast, new Map(), printed);
  return { ast, printed, locale, formats, full: new IntlMessageFormat(ast, locale, formats, { formatters }), variants: new Map() };
}

function formatterFor(compiled: Compiled, missing: ReadonlySet<string>): IntlMessageFormat {
  if (missing.size === 0) return compiled.full;
  const key = [...missing].sort().join(',');
  let variant = compiled.variants.get(key);
  if (variant === undefined) {
    variant = new IntlMessageFormat(withPlaceholders(compiled.ast, missing), compiled.locale, compiled.formats, { formatters });
    compiled.variants.set(key, variant);
  }
  return variant;
}

type LinkPart = { readonly tag: LinkKey; readonly children: string };
const linkMarker = Symbol('errata.link');
type MarkedLink = LinkPart & { readonly [linkMarker]: true };

function isMarkedLink(part: unknown): part is MarkedLink {
  return typeof part === 'object' && part !== null && linkMarker in part;
}

/** Runs a formatter and turns its output into rich text: strings and link parts, trimmed. */
function run(formatter: IntlMessageFormat, values: Record<string, Value>, link: LinkKey | undefined): RichText {
  const tagValues = {
    link: (chunks: readonly unknown[]): MarkedLink | string => {
      const children = chunks.filter((c): c is string => typeof c === 'string').join('');
      return link === undefined ? children : { [linkMarker]: true, tag: link, children };
    },
  };
  const out: unknown = formatter.format<MarkedLink>({ ...values, ...tagValues });
  const parts: (string | LinkPart)[] = [];
  for (const part of Array.isArray(out) ? out : [out]) {
    if (isMarkedLink(part)) parts.push({ tag: part.tag, children: part.children });
    else if (typeof part === 'string' || typeof part === 'number') {
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + String(part);
      else parts.push(String(part));
    }
  }
  return Object.freeze(tidySpaces(parts));
}

/**
 * An empty select branch (`other {}`) or a missing value leaves stray spaces: at the edges, or two
 * in a row where the branch sat between two sentences. Collapse runs of spaces (also across a link
 * edge) and trim the ends, on the assembled output so every field and branch gets the same care.
 */
function tidySpaces(parts: readonly (string | LinkPart)[]): (string | LinkPart)[] {
  const out: (string | LinkPart)[] = [];
  let endsWithSpace = true; // true at the start, so leading spaces go
  for (const part of parts) {
    const raw = typeof part === 'string' ? part : part.children;
    let tidied = raw.replace(/ {2,}/g, ' ');
    if (out.length === 0 && typeof part === 'string') tidied = tidied.trimStart();
    else if (endsWithSpace) tidied = tidied.replace(/^ /, '');
    if (tidied !== '') endsWithSpace = tidied.endsWith(' ');
    if (typeof part !== 'string') out.push(tidied === raw ? part : { tag: part.tag, children: tidied });
    else if (tidied !== '') out.push(tidied);
  }
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (typeof last === 'string') {
    const trimmed = last.trimEnd();
    if (trimmed === '') out.pop();
    else out[lastIndex] = trimmed;
  }
  return out;
}

function safeRun(compiled: Compiled, coerced: Coerced, link: LinkKey | undefined, allArgs: readonly string[]): RichText {
  try {
    return run(formatterFor(compiled, coerced.missing), coerced.values, link);
  } catch {
    // A value intl-messageformat still refused (e.g. a select value with no branch and no
    // `other`): fall back to placeholders for every argument rather than fail the page.
    try {
      return run(formatterFor(compiled, new Set(allArgs)), {}, link);
    } catch {
      return Object.freeze([]);
    }
  }
}

function plain(text: RichText): string {
  return text.map((p) => (typeof p === 'string' ? p : p.children)).join('');
}

interface Cache {
  readonly formatters: Map<string, Compiled>;
  readonly zones: Set<string>;
  /**
   * Whole results of messages whose output can only take a few forms: code -> catalog locale ->
   * tone -> values key (see `closedValuesKey`; '' without placeholders). Nested, so a lookup
   * hashes strings that already exist (error pages ask for the same few on every request).
   * Bounded by the catalog: only values that pick a select branch are ever part of a key.
   */
  readonly formatted: Map<string, Map<string, Map<Tone, Map<string, FormattedMessage>>>>;
  /**
   * Per message set (code, locale, tone): each argument's select keys when every argument is
   * only ever a select (its value picks a branch and is never printed), else null.
   */
  readonly closed: Map<string, ReadonlyMap<string, ReadonlySet<string>> | null>;
}
const caches = new WeakMap<object, Cache>();

function cacheFor(owner: object): Cache {
  let cache = caches.get(owner);
  if (cache === undefined) {
    cache = { formatters: new Map(), zones: new Set(), formatted: new Map(), closed: new Map() };
    caches.set(owner, cache);
  }
  return cache;
}

function cachedCompile(owner: object, key: string, message: string, locale: string, timeZone: string | undefined): Compiled {
  const cache = cacheFor(owner);
  const zone = timeZone ?? '';
  const fullKey = `${key}\u0000${zone}`;
  const hit = cache.formatters.get(fullKey);
  if (hit !== undefined) return hit;
  const compiled = compile(message, locale, timeZone);
  // Time zones come from configuration, but cap them so the cache stays bounded regardless.
  if (cache.zones.has(zone) || cache.zones.size < maxTimeZones) {
    cache.zones.add(zone);
    cache.formatters.set(fullKey, compiled);
  }
  return compiled;
}

/**
 * Formats every field of one code in the best available locale and the given tone.
 *
 * @example
 * formatMessage(builtinCatalog, 'RATE_LIMITED', { locale: 'es-MX', values: { retryAfterSeconds: 30 } });
 * // { locale: 'es', dir: 'ltr', title: '...', nextSteps: [['Espere 30 segundos...']], ... }
 * @throws CatalogError for an unknown code; TypeError for an unknown tone or time zone.
 */
export function formatMessage(catalog: Catalog, code: string, options: FormatOptions = {}): FormattedMessage {
  const tone = options.tone ?? 'neutral';
  const cache = cacheFor(catalog);
  // Asked in a catalog locale with no time zone to check: a placeholder-free message formatted
  // before is the answer (only valid codes, catalog locales and tones are ever stored).
  if (options.timeZone === undefined && typeof options.locale === 'string') {
    const hit = cache.formatted.get(code)?.get(options.locale)?.get(tone)?.get('');
    if (hit !== undefined) return hit;
  }
  if (!catalog.has(code)) throw unknownCode(code);
  const entry = catalog.get(code);
  if (!(tones as readonly unknown[]).includes(tone)) {
    throw new TypeError(`Unknown tone ${JSON.stringify(String(tone).slice(0, 40))}; use one of ${tones.join(', ')}`);
  }
  const timeZone = checkTimeZone(options.timeZone);
  const locale = resolveLocale(catalog, options.locale);
  // The entry may not be written in that locale or tone: it falls back (base language, source
  // locale; neutral), and the message says which copy it shows.
  const written = messageSetFor(entry, locale, tone, catalog.sourceLocale);
  if (written === undefined) throw unknownCode(code); // unreachable for a defined catalog
  const { set } = written;
  const allArgs = Object.keys(entry.args);
  const coerced = coerceAll(entry.args, options.values);
  const compiled = (name: string, message: string): Compiled =>
    cachedCompile(catalog, `${code}\u0000${written.locale}\u0000${written.tone}\u0000${name}`, message, written.locale, timeZone);
  // A message whose values only pick select branches formats the same for the same branches
  // (the 404 and 500 floods are the common storms): one frozen object per combination, kept
  // under the locale and tone asked for (both bounded by the catalog).
  const valuesKey = allArgs.length === 0 ? '' : closedValuesKey(cache, `${code}\u0000${written.locale}\u0000${written.tone}`, set, compiled, coerced);
  const byValues = valuesKey === undefined ? undefined : formattedFor(cache, code, locale, tone);
  const hit = valuesKey === undefined ? undefined : byValues?.get(valuesKey);
  if (hit !== undefined) return hit;
  const field = (name: string, message: string, link: LinkKey | undefined): RichText => safeRun(compiled(name, message), coerced, link, allArgs);
  // A field that would print a missing value shows the copy written for that case, if any.
  const lacksValue = (name: string, message: string): boolean => {
    for (const arg of compiled(name, message).printed) if (coerced.missing.has(arg)) return true;
    return false;
  };
  const valueless = coerced.missing.size === 0 ? undefined : set.withoutValues;
  const plainDescription = valueless?.description !== undefined && lacksValue('description', set.description) ? valueless.description : undefined;
  const plainSteps =
    valueless?.nextSteps !== undefined && set.nextSteps.some((step, i) => lacksValue(`nextSteps[${i}]`, step)) ? valueless.nextSteps : undefined;
  const [stepsField, steps] = plainSteps === undefined ? ['nextSteps', set.nextSteps] : ['withoutValues.nextSteps', plainSteps];

  const nextSteps = steps.map((step, i) => field(`${stepsField}[${i}]`, step, entry.links.nextSteps)).filter((step) => step.length > 0);
  const alternative = set.alternative === undefined ? undefined : field('alternative', set.alternative, entry.links.alternative);
  const message: FormattedMessage = Object.freeze({
    code,
    locale: written.locale,
    dir: directionOf(written.locale),
    tone: written.tone,
    title: plain(field('title', set.title, undefined)),
    description:
      plainDescription === undefined
        ? field('description', set.description, entry.links.description)
        : field('withoutValues.description', plainDescription, entry.links.description),
    nextSteps: Object.freeze(nextSteps),
    ...(alternative !== undefined && alternative.length > 0 ? { alternative } : {}),
  });
  if (valuesKey !== undefined) byValues?.set(valuesKey, message);
  return message;
}

function formattedFor(cache: Cache, code: string, locale: string, tone: Tone): Map<string, FormattedMessage> {
  let byLocale = cache.formatted.get(code);
  if (byLocale === undefined) cache.formatted.set(code, (byLocale = new Map()));
  let byTone = byLocale.get(locale);
  if (byTone === undefined) byLocale.set(locale, (byTone = new Map()));
  let byValues = byTone.get(tone);
  if (byValues === undefined) byTone.set(tone, (byValues = new Map()));
  return byValues;
}

/** Each argument's select keys, into `into`; arguments whose value is printed, into `printed`. */
function collectSelects(ast: readonly MessageFormatElement[], into: Map<string, Set<string>>, printed: Set<string>): void {
  for (const el of ast) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        printed.add(el.value);
        break;
      case TYPE.plural:
        // A plural prints its number (`#`), and which branch it takes is open-ended too.
        printed.add(el.value);
        for (const option of Object.values(el.options)) collectSelects(option.value, into, printed);
        break;
      case TYPE.select: {
        let keys = into.get(el.value);
        if (keys === undefined) into.set(el.value, (keys = new Set()));
        for (const [key, option] of Object.entries(el.options)) {
          if (key !== 'other') keys.add(key);
          collectSelects(option.value, into, printed);
        }
        break;
      }
      case TYPE.tag:
        collectSelects(el.children, into, printed);
        break;
      default:
        break;
    }
  }
}

/**
 * The key of the formatted result for these values, when the message set's arguments are all
 * select-only: each value is its branch (a value with no branch of its own, or a missing one,
 * takes `other`, so both share a key). Undefined when some argument is printed: such values are
 * open-ended and their messages are formatted per call, never cached.
 */
function closedValuesKey(
  cache: Cache,
  setKey: string,
  set: MessageSet,
  compiled: (name: string, message: string) => Compiled,
  coerced: Coerced,
): string | undefined {
  let closed = cache.closed.get(setKey);
  if (closed === undefined) {
    const selects = new Map<string, Set<string>>();
    const printed = new Set<string>();
    collectSelects(compiled('title', set.title).ast, selects, printed);
    collectSelects(compiled('description', set.description).ast, selects, printed);
    set.nextSteps.forEach((step, i) => {
      collectSelects(compiled(`nextSteps[${i}]`, step).ast, selects, printed);
    });
    if (set.alternative !== undefined) collectSelects(compiled('alternative', set.alternative).ast, selects, printed);
    closed = [...selects.keys()].some((name) => printed.has(name)) || printed.size > 0 ? null : selects;
    cache.closed.set(setKey, closed);
  }
  if (closed === null) return undefined;
  let key = '';
  for (const [name, keys] of closed) {
    const value = coerced.values[name];
    key += `${typeof value === 'string' && keys.has(value) ? value : '\u0002'}\u0001`;
  }
  return key;
}

export interface FormatUiOptions {
  /** A catalog with extra UI locales (from `defineCatalog`'s `uiStrings`); default the built-in set. */
  readonly catalog?: Catalog;
  readonly timeZone?: string;
}

function resolveUi(locale: string | undefined, catalog: Catalog | undefined): { locale: string; strings: Required<UiStrings> } {
  const lookup = (l: string): UiStrings | undefined => (catalog ? catalog.uiFor(l) : builtinUiStrings[l]);
  for (const candidate of localeCandidates(locale)) {
    const strings = lookup(candidate);
    if (strings !== undefined) return { locale: candidate, strings: complete(strings, candidate) };
  }
  return { locale: 'en', strings: complete(lookup('en') ?? (builtinUiStrings.en as UiStrings), 'en') };
}

const completed = new WeakMap<UiStrings, Required<UiStrings>>();

/** Optional UI strings a catalog left out, from the built-in words for the same language (else English). */
function complete(strings: UiStrings, locale: string): Required<UiStrings> {
  if (strings.errorSummary !== undefined) return strings as Required<UiStrings>;
  let filled = completed.get(strings);
  if (!filled) {
    const builtin =
      localeCandidates(locale)
        .map((l) => builtinUiStrings[l])
        .find((ui) => ui?.errorSummary !== undefined) ?? builtinUiStrings.en;
    filled = Object.freeze({ ...strings, errorSummary: builtin?.errorSummary ?? 'Answers to check' });
    completed.set(strings, filled);
  }
  return filled;
}

/**
 * UI chrome strings (ICU, unformatted) for a locale, falling back like messages:
 * exact -> base language -> `en`.
 */
export function uiStrings(locale: string | undefined, catalog?: Catalog): Required<UiStrings> {
  return resolveUi(locale, catalog).strings;
}

/**
 * One UI string formatted as plain text, e.g.
 * `formatUi('de', 'retryAfterSeconds', { seconds: 30 })` -> 'Sie können es in 30 Sekunden erneut versuchen.'
 * @throws TypeError for an unknown key or time zone.
 */
export function formatUi(locale: string | undefined, key: UiKey, values?: Readonly<Record<string, unknown>>, options: FormatUiOptions = {}): string {
  if (!(uiStringKeys as readonly unknown[]).includes(key)) {
    throw new TypeError(`Unknown UI string ${JSON.stringify(String(key).slice(0, 40))}; use one of ${uiStringKeys.join(', ')}`);
  }
  const timeZone = checkTimeZone(options.timeZone);
  const ui = resolveUi(locale, options.catalog);
  const args = uiArgs[key];
  const compiled = cachedCompile(ui.strings, `${ui.locale}\u0000${key}`, ui.strings[key], ui.locale, timeZone);
  return plain(safeRun(compiled, coerceAll(args, values), undefined, Object.keys(args)));
}
