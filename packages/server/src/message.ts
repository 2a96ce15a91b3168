import { formatMessage, uiStrings, type Catalog, type CatalogEntry, type FormattedMessage, type Tone, type UiStrings } from '@errata/catalog';
import type { BoundedMap2 } from './caches.js';
import type { ErrorInfo } from './safety/normalise.js';
import { formatRetryAfter } from './safety/headers.js';
import { plainText } from './render/plain-text.js';

export interface RetryAfter {
  /** The `Retry-After` value: digits or an IMF-fixdate. */
  header: string;
  seconds?: number | undefined;
  at?: Date | undefined;
}

/** When to retry, from the error's `retryAfter` or its (allow-listed) `Retry-After` header. */
export function retryAfterOf(info: ErrorInfo): RetryAfter | undefined {
  const header = formatRetryAfter(info.retryAfter) ?? formatRetryAfter(info.headers['retry-after']);
  if (!header) return undefined;
  return /^\d+$/.test(header) ? { header, seconds: Number(header) } : { header, at: new Date(header) };
}

/** The arguments a retry time fills: the wait (numbers; `minutes` rounded up) and the moment. */
const waitArgs = ['retryAfterSeconds', 'seconds'] as const;
const momentArgs = ['retryAt', 'availableAt'] as const;

/** True when the error's `retryAfter` would have given `name` its value. */
function fromRetry(entry: CatalogEntry, name: string): boolean {
  const type = entry.args[name];
  if (type === 'number') return name === 'minutes' || (waitArgs as readonly string[]).includes(name);
  return (type === 'date' || type === 'time') && (momentArgs as readonly string[]).includes(name);
}

/**
 * ICU values for the entry's message: the error's own, plus what errata knows and the entry's
 * typed placeholders ask for (service name, the retry wait or moment) when the error left them out.
 */
export function messageValues(
  entry: CatalogEntry,
  info: ErrorInfo,
  retry: RetryAfter | undefined,
  serviceName: string | undefined,
): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = { ...(info.values ?? {}) };
  const args = entry.args ?? {};
  const fill = (name: string, value: string | number | Date) => {
    if (!(name in values)) values[name] = value;
  };
  if (serviceName) fill('serviceName', serviceName);
  if (retry?.seconds !== undefined) {
    for (const name of waitArgs) if (args[name] === 'number') fill(name, retry.seconds);
    if (args.minutes === 'number') fill('minutes', Math.ceil(retry.seconds / 60));
  }
  const at = retry?.at ?? (retry?.seconds !== undefined ? new Date(Date.now() + retry.seconds * 1000) : undefined);
  if (at) {
    for (const name of momentArgs) if (args[name] === 'date' || args[name] === 'time') fill(name, at);
  }
  return values;
}

/** Values that do not fit the message (wrong type, missing) must not cost the user the page. */
function formatSafely(catalog: Catalog, code: string, locale: string, tone: Tone, values: Record<string, string | number | Date>): FormattedMessage {
  try {
    return formatMessage(catalog, code, { locale, tone, values });
  } catch {
    return formatMessage(catalog, code, { locale, tone, values: {} });
  }
}

export interface MessageInput {
  catalog: Catalog;
  entry: CatalogEntry;
  locale: string;
  tone: Tone;
  info: ErrorInfo;
  retryAfter: RetryAfter | undefined;
  serviceName: string | undefined;
}

/**
 * Stage 4: the entry's copy in the negotiated locale and the instance's tone. The catalog caches
 * formatted messages, so a message without placeholders is the same frozen object every time
 * (which lets the page renderer reuse the template it bound that message into).
 */
export function messageFor(input: MessageInput, cache?: BoundedMap2<FormattedMessage>): FormattedMessage {
  const { catalog, entry, locale, tone, info, retryAfter, serviceName } = input;
  // An error that brings no values and no retry time (a plain Error's 500, most 404s) gets copy
  // that depends only on the code and locale for this instance (its tone and service name are
  // fixed): remembered, so a storm skips coercing and keying its values on every request.
  const fixed = cache !== undefined && info.values === undefined && retryAfter === undefined;
  if (fixed) {
    const hit = cache.get(entry.code, locale);
    if (hit !== undefined) return hit;
  }
  const values = Object.keys(entry.args).length === 0 ? {} : messageValues(entry, info, retryAfter, serviceName);
  const message = formatSafely(catalog, entry.code, locale, tone, values);
  return fixed ? cache.set(entry.code, locale, message) : message;
}

/** UI words per catalog locale (the catalog's fallback rule applied once per locale, at start-up). */
export function uiTable(catalog: Catalog): ReadonlyMap<string, UiStrings> {
  return new Map(catalog.locales.map((locale) => [locale, uiStrings(locale, catalog)]));
}

const unfilledByMessage = new WeakMap<FormattedMessage, readonly string[]>();

/**
 * The entry's placeholders this copy shows as `[name]`: neither the error nor errata had a value
 * (a 503 thrown without `retryAfter` says "back at [availableAt]"). The catalog writes exactly
 * that text for a missing printed value, so the formatted words say which ones show. Remembered
 * per message object: the cached copy of a storm (the 500's) is looked at once.
 */
export function unfilledPlaceholders(entry: CatalogEntry, message: FormattedMessage): readonly string[] {
  let names = unfilledByMessage.get(message);
  if (names === undefined) {
    const args = Object.keys(entry.args);
    const text =
      args.length === 0 ? '' : [message.title, plainText(message.description), ...message.nextSteps.map(plainText), plainText(message.alternative)].join('\n');
    names = args.filter((name) => text.includes(`[${name}]`));
    unfilledByMessage.set(message, names);
  }
  return names;
}

/** What the host's logger is told when the page shows placeholders (an event warning). */
export function unfilledWarning(entry: CatalogEntry, message: FormattedMessage, names: readonly string[]): string {
  const shown = names.map((name) => `[${name}]`).join(', ');
  const times = names.some((name) => fromRetry(entry, name));
  return (
    `${entry.code} (${message.locale}, ${message.tone}) shows ${shown}: the error gave no value for ${names.join(', ')}; ` +
    `pass it in \`values\`${times ? ' or give the error a `retryAfter`' : ''}`
  );
}
