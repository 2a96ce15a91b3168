// defineCatalog: validate every entry (and the UI strings) at definition time, report every
// problem at once, then build an immutable catalog. Extending a catalog keeps its entries in
// order and replaces the ones whose code is defined again.
import { builtinUiStrings } from './builtin/ui/index.js';
import { CatalogError, type CatalogProblem } from './catalog-error.js';
import { checkEntry, checkUiStrings } from './validate.js';
import type { BannerTone, Catalog, CatalogEntry, CatalogEntryInput, MessageSet, OperatorNotes, Tone, UiStrings } from './types.js';

/**
 * A change to some fields of an entry of the extended catalog, without restating the rest:
 * `messages` merge per locale, tone and field (a list such as `nextSteps` is replaced whole;
 * `withoutValues` merges per field), and
 * `operator` per note. A locale or tone the entry does not have yet needs a whole message set.
 */
export interface EntryOverride {
  readonly messages?: Readonly<Record<string, Readonly<Partial<Record<Tone, Partial<MessageSet>>>>>>;
  readonly operator?: Partial<OperatorNotes>;
  readonly when?: string;
}

export interface DefineCatalogOptions<Base extends string = never> {
  /** A catalog to start from (usually `builtinCatalog`); entries with the same code override it. */
  readonly extends?: Catalog<Base>;
  /**
   * Field-level changes to entries of `extends`, by code: e.g. one English title
   * `{ NOT_FOUND: { messages: { en: { friendly: { title: 'Nothing here' } } } } }`.
   * The merged entry is checked like any other.
   */
  readonly overrides?: Readonly<Partial<Record<Base, EntryOverride>>>;
  /** UI chrome strings for extra locales (or to override built-in ones), complete per locale. */
  readonly uiStrings?: Readonly<Record<string, UiStrings>>;
  /**
   * Locales of this catalog whose friendly tone uses the informal "you" (es tú, de du), a brand
   * choice the copy linter allows there. Default: the extended catalog's (built-in: `['es']`).
   */
  readonly informalAddress?: readonly string[];
}

class DefinedCatalog<Code extends string> implements Catalog<Code> {
  readonly codes: readonly Code[];
  readonly locales: readonly string[];
  readonly sourceLocale = 'en' as const;
  readonly entries: readonly CatalogEntry<Code>[];
  readonly informalAddress: readonly string[];
  readonly #byCode: ReadonlyMap<string, CatalogEntry<Code>>;
  /** The first error entry per status (every classified error asks, so not a scan). */
  readonly #byStatus: ReadonlyMap<number, CatalogEntry<Code>>;
  readonly #ui: ReadonlyMap<string, UiStrings>;

  constructor(entries: readonly CatalogEntry<Code>[], locales: readonly string[], ui: ReadonlyMap<string, UiStrings>, informalAddress: readonly string[]) {
    this.entries = Object.freeze([...entries]);
    this.codes = Object.freeze(entries.map((e) => e.code));
    this.locales = Object.freeze([...locales]);
    this.informalAddress = Object.freeze([...informalAddress]);
    this.#byCode = new Map(entries.map((e) => [e.code, e]));
    const byStatus = new Map<number, CatalogEntry<Code>>();
    for (const entry of entries) if (entry.kind === 'error' && !byStatus.has(entry.status)) byStatus.set(entry.status, entry);
    this.#byStatus = byStatus;
    this.#ui = ui;
    Object.freeze(this);
  }

  get(code: Code): CatalogEntry<Code> {
    const entry = this.#byCode.get(code);
    if (entry === undefined) throw unknownCode(code);
    return entry;
  }

  has(code: string): code is Code {
    return typeof code === 'string' && this.#byCode.has(code);
  }

  byStatus(status: number): CatalogEntry<Code> | undefined {
    return this.#byStatus.get(status);
  }

  uiFor(locale: string): UiStrings | undefined {
    return this.#ui.get(locale);
  }

  /** Every UI locale, for extending. */
  uiEntries(): IterableIterator<[string, UiStrings]> {
    return this.#ui.entries();
  }
}

export function unknownCode(code: unknown): CatalogError {
  const shown = String(JSON.stringify(typeof code === 'string' ? code.slice(0, 80) : String(code)));
  return new CatalogError([{ code: String(code).slice(0, 80), message: 'unknown error code' }], `Unknown error code ${shown}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of plain data, frozen all the way down, so a caller's later edits cannot leak in. */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) copy[k] = frozenCopy(v);
    return Object.freeze(copy) as T;
  }
  return value;
}

function defaultBannerTone(input: CatalogEntryInput): BannerTone {
  if (input.status >= 500) return 'critical';
  return 'warning';
}

function normalise<Code extends string>(input: CatalogEntryInput): CatalogEntry<Code> {
  return frozenCopy({
    code: input.code as Code,
    kind: input.kind ?? 'error',
    status: input.status,
    category: input.category,
    cause: input.cause,
    recoverability: input.recoverability,
    severity: input.severity,
    action: input.action,
    causeKnown: input.causeKnown,
    permanent: input.permanent ?? false,
    transactional: input.transactional ?? false,
    bannerTone: input.bannerTone ?? defaultBannerTone(input),
    args: input.args ?? {},
    links: input.links ?? {},
    operator: input.operator,
    when: input.when,
    messages: input.messages,
  });
}

function baseLanguage(locale: string): string {
  return locale.split('-')[0] ?? locale;
}

/**
 * Validates entries and returns a frozen catalog whose codes are a typed union.
 *
 * @example
 * const catalog = defineCatalog([{ code: 'CART_EXPIRED', ... }] as const, { extends: builtinCatalog });
 * catalog.get('CART_EXPIRED'); // Catalog<'CART_EXPIRED' | BuiltinCode>
 * @throws CatalogError listing every problem (code, locale, tone and field of each).
 */
export function defineCatalog<const E extends readonly CatalogEntryInput[], Base extends string = never>(
  entries: E,
  options: DefineCatalogOptions<Base> = {},
): Catalog<E[number]['code'] | Base> {
  type Code = E[number]['code'] | Base;
  const problems: CatalogProblem[] = [];
  if (!Array.isArray(entries)) throw new CatalogError([{ field: 'entries', message: 'must be an array of catalog entries' }]);
  if (!isRecord(options)) throw new CatalogError([{ field: 'options', message: 'must be an object ({ extends?, overrides?, uiStrings?, informalAddress? })' }]);
  const base = options.extends;
  if (base !== undefined && !(base instanceof DefinedCatalog)) {
    problems.push({ field: 'extends', message: 'is not a catalog made by defineCatalog' });
  }
  const baseCatalog = base instanceof DefinedCatalog ? (base as DefinedCatalog<string>) : undefined;

  // 1. Each entry on its own.
  const firstIndex = new Map<string, number>();
  const ownLocales = new Map<string, readonly string[]>();
  entries.forEach((input: unknown, i) => {
    const code = isRecord(input) && typeof input.code === 'string' && input.code !== '' ? input.code : `entries[${i}]`;
    const report = (p: Omit<CatalogProblem, 'code'>): void => void problems.push({ code, ...p });
    const earlier = firstIndex.get(code);
    if (earlier !== undefined) report({ field: 'code', message: `duplicate code (also defined by entries[${earlier}])` });
    else firstIndex.set(code, i);
    ownLocales.set(code, checkEntry(input, report).locales);
  });

  // 2. Overrides of the extended catalog's entries, merged field by field, then checked whole.
  const overridden = applyOverrides(options.overrides, baseCatalog, firstIndex, problems);
  for (const [code, merged] of overridden) {
    ownLocales.set(code, checkEntry(merged, (p) => void problems.push({ code, ...p, message: `${p.message} (in overrides.${code})` })).locales);
  }

  // 3. The catalog's locales: every locale any code has. A code without one of them falls back
  // (base language, then `en`); `errata lint` reports the gap (CV-01), it is not refused.
  const localesByCode = new Map<string, readonly string[]>();
  for (const entry of baseCatalog?.entries ?? []) localesByCode.set(entry.code, Object.keys(entry.messages));
  for (const [code, locales] of ownLocales) localesByCode.set(code, locales);
  const allLocales = ['en'];
  for (const locales of localesByCode.values()) for (const l of locales) if (!allLocales.includes(l)) allLocales.push(l);

  // 4. UI strings for every locale, directly or through the base language.
  const ui = new Map<string, UiStrings>(baseCatalog ? [...baseCatalog.uiEntries()] : Object.entries(builtinUiStrings));
  if (options.uiStrings !== undefined) {
    if (!isRecord(options.uiStrings)) problems.push({ field: 'uiStrings', message: 'must be an object of locale -> UI strings' });
    else {
      for (const [locale, strings] of Object.entries(options.uiStrings)) {
        const before = problems.length;
        checkUiStrings(locale, strings, (p) => problems.push(p));
        if (problems.length === before) ui.set(locale, frozenCopy(strings as UiStrings));
      }
    }
  }
  for (const locale of allLocales) {
    if (!ui.has(locale) && !ui.has(baseLanguage(locale))) {
      problems.push({ locale, field: `uiStrings.${locale}`, message: 'no UI strings for this locale or its base language; pass them in options.uiStrings' });
    }
  }

  // 5. Informal address: a list of this catalog's locales.
  const informalAddress: unknown = options.informalAddress ?? baseCatalog?.informalAddress ?? [];
  if (!Array.isArray(informalAddress)) problems.push({ field: 'informalAddress', message: "must be an array of locales, e.g. ['es']" });
  else {
    informalAddress.forEach((locale: unknown, i) => {
      if (typeof locale !== 'string' || !allLocales.includes(locale)) {
        const shown = String(JSON.stringify(typeof locale === 'string' ? locale.slice(0, 40) : String(locale)));
        problems.push({ field: `informalAddress[${i}]`, message: `${shown} is not a locale of this catalog (${allLocales.join(', ')})` });
      }
    });
  }

  if (problems.length > 0) throw new CatalogError(problems);

  const own = new Map<string, CatalogEntry<Code>>();
  for (const [code, merged] of overridden) own.set(code, normalise<Code>(merged));
  for (const input of entries) own.set(input.code, normalise<Code>(input));
  const result: CatalogEntry<Code>[] = [];
  for (const entry of baseCatalog?.entries ?? []) {
    result.push(own.get(entry.code) ?? (entry as CatalogEntry<Code>));
    own.delete(entry.code);
  }
  result.push(...own.values());
  return new DefinedCatalog<Code>(result, allLocales, ui, informalAddress as readonly string[]);
}

const overrideKeys = new Set(['messages', 'operator', 'when']);

/**
 * Each override merged into its entry of the extended catalog, as entry input. Problems with the
 * override's own shape (unknown code or property, a non-object) are collected; the merged entry
 * is checked by the caller like any written one.
 */
function applyOverrides(
  overrides: unknown,
  base: DefinedCatalog<string> | undefined,
  ownCodes: ReadonlyMap<string, number>,
  problems: CatalogProblem[],
): Map<string, CatalogEntryInput> {
  const merged = new Map<string, CatalogEntryInput>();
  if (overrides === undefined) return merged;
  if (!isRecord(overrides)) {
    problems.push({ field: 'overrides', message: 'must be an object of code -> { messages?, operator?, when? }' });
    return merged;
  }
  for (const [code, override] of Object.entries(overrides)) {
    const at = `overrides.${code}`;
    if (ownCodes.has(code)) {
      problems.push({ code, field: at, message: 'this code is also in entries: change the entry there, or drop it from entries' });
      continue;
    }
    if (!base?.has(code)) {
      problems.push({
        code,
        field: at,
        message: base ? 'the extended catalog has no entry with this code' : 'overrides need options.extends (the catalog to change)',
      });
      continue;
    }
    if (!isRecord(override)) {
      problems.push({ code, field: at, message: 'must be an object { messages?, operator?, when? }' });
      continue;
    }
    const unknown = Object.keys(override).filter((key) => !overrideKeys.has(key));
    for (const key of unknown) problems.push({ code, field: `${at}.${key}`, message: 'cannot be overridden (only messages, operator and when)' });
    if (unknown.length > 0) continue;
    const entry = base.get(code);
    merged.set(code, {
      ...entry,
      ...(override.when !== undefined ? { when: override.when as string } : {}),
      operator: mergeRecord(entry.operator, override.operator, `${at}.operator`, code, problems) as unknown as OperatorNotes,
      messages: mergeMessages(entry.messages, override.messages, `${at}.messages`, code, problems),
    });
  }
  return merged;
}

function mergeRecord(base: object | undefined, change: unknown, at: string, code: string, problems: CatalogProblem[]): Record<string, unknown> {
  if (change === undefined) return { ...base };
  if (!isRecord(change)) {
    problems.push({ code, field: at, message: 'must be an object' });
    return { ...base };
  }
  return { ...base, ...change };
}

function mergeMessages(base: CatalogEntry['messages'], change: unknown, at: string, code: string, problems: CatalogProblem[]): CatalogEntryInput['messages'] {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [locale, byTone] of Object.entries(base)) out[locale] = { ...byTone };
  if (change === undefined) return out as unknown as CatalogEntryInput['messages'];
  if (!isRecord(change)) {
    problems.push({ code, field: at, message: 'must be an object of locale -> tone -> fields' });
    return out as unknown as CatalogEntryInput['messages'];
  }
  for (const [locale, byTone] of Object.entries(change)) {
    if (!isRecord(byTone)) {
      problems.push({ code, locale, field: `${at}.${locale}`, message: 'must be an object of tone -> fields' });
      continue;
    }
    const target = (out[locale] ??= {});
    for (const [tone, fields] of Object.entries(byTone)) {
      const before = target[tone] as MessageSet | undefined;
      const merged = mergeRecord(before, fields, `${at}.${locale}.${tone}`, code, problems);
      // The copy without values merges per field too: a new description keeps the written steps.
      if (isRecord(before?.withoutValues) && isRecord(merged.withoutValues) && merged.withoutValues !== before.withoutValues) {
        merged.withoutValues = { ...before.withoutValues, ...merged.withoutValues };
      }
      target[tone] = merged;
    }
  }
  return out as unknown as CatalogEntryInput['messages'];
}
