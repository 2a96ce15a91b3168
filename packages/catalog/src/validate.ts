// Definition-time checks for catalog entries and UI strings. Input is treated as untrusted JSON
// (a catalog may come from a plain .js or .json file), so every property is type-checked before
// use and every problem is collected rather than thrown, for one complete report.
import type { CatalogProblem } from './catalog-error.js';
import { parseMessage, usageOf, usesAllowed, type MessageUsage } from './icu.js';
import {
  argTypes,
  bannerTones,
  causes,
  entryKinds,
  linkFields,
  linkKeys,
  messageFields,
  recoverabilities,
  severities,
  tones,
  userActions,
  fallbackTone,
  type ArgType,
  valuelessFields,
  type LinkField,
  type UiStrings,
} from './types.js';

export const codePattern = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const categoryPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const argNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
const entryKeys = new Set([
  'code',
  'kind',
  'status',
  'category',
  'cause',
  'recoverability',
  'severity',
  'action',
  'causeKnown',
  'permanent',
  'transactional',
  'bannerTone',
  'args',
  'links',
  'operator',
  'when',
  'messages',
]);
const messageKeys = new Set<string>([...messageFields, 'withoutValues', 'suppress']);
const valuelessKeys: ReadonlySet<string> = new Set(valuelessFields);

type Report = (problem: Omit<CatalogProblem, 'code'>) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? typeof value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function oneOf(list: readonly string[], value: unknown, field: string, report: Report, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || !list.includes(value)) {
    report({ field, message: `${show(value)} is not one of ${list.map((v) => `'${v}'`).join(', ')}` });
  }
}

/** Canonical BCP 47 form of a tag, or undefined when it is not a valid tag. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Placeholder names used by one tone of one locale, with where each was first seen. */
export type ToneUsage = Map<string, string>;

export interface EntryCheck {
  /** locale -> tone -> placeholders used (all fields together). */
  readonly usage: Map<string, Map<string, ToneUsage>>;
  readonly locales: string[];
}

/** Checks one entry's own shape and messages. Cross-entry checks (duplicates, locale coverage) are done by the caller. */
export function checkEntry(input: unknown, report: Report): EntryCheck {
  const check: EntryCheck = { usage: new Map(), locales: [] };
  if (!isRecord(input)) {
    report({ message: `entry is ${show(input)}, not an object` });
    return check;
  }
  for (const key of Object.keys(input)) {
    if (!entryKeys.has(key)) report({ field: key, message: `unknown property (expected one of ${[...entryKeys].join(', ')})` });
  }
  if (!nonEmpty(input.code) || !codePattern.test(input.code)) {
    report({ field: 'code', message: `${show(input.code)} is not an UPPER_SNAKE code such as 'RATE_LIMITED'` });
  }
  oneOf(entryKinds, input.kind, 'kind', report, true);
  const kind = input.kind ?? 'error';
  if (kind === 'notice') {
    if (input.status !== 200) report({ field: 'status', message: `${show(input.status)} must be 200 for a notice (a banner state, not a failed request)` });
    if (input.bannerTone === undefined) report({ field: 'bannerTone', message: `a notice needs a bannerTone (${bannerTones.join(', ')})` });
  } else if (typeof input.status !== 'number' || !Number.isInteger(input.status) || input.status < 400 || input.status > 599) {
    report({ field: 'status', message: `${show(input.status)} is outside 400-599 (errors need an HTTP error status)` });
  }
  if (typeof input.category !== 'string' || !categoryPattern.test(input.category)) {
    report({ field: 'category', message: `${show(input.category)} is not a lower-kebab category such as 'client-input'` });
  }
  oneOf(causes, input.cause, 'cause', report);
  oneOf(recoverabilities, input.recoverability, 'recoverability', report);
  oneOf(severities, input.severity, 'severity', report);
  oneOf(userActions, input.action, 'action', report);
  oneOf(bannerTones, input.bannerTone, 'bannerTone', report, true);
  if (typeof input.causeKnown !== 'boolean') report({ field: 'causeKnown', message: `${show(input.causeKnown)} is not a boolean` });
  for (const flag of ['permanent', 'transactional'] as const) {
    if (input[flag] !== undefined && typeof input[flag] !== 'boolean') report({ field: flag, message: `${show(input[flag])} is not a boolean` });
  }
  if (!nonEmpty(input.when)) report({ field: 'when', message: 'is missing or empty (say when this happens, for the error reference)' });
  checkOperator(input.operator, report);
  const args = checkArgs(input.args, report);
  const links = checkLinks(input.links, report);

  if (!isRecord(input.messages)) {
    report({ field: 'messages', message: `${show(input.messages)} is not an object of locales` });
    return check;
  }
  if (!('en' in input.messages)) report({ field: 'messages.en', message: "the source locale 'en' is missing" });
  for (const [locale, byTone] of Object.entries(input.messages)) {
    const canonical = canonicalLocale(locale);
    if (canonical !== locale) {
      report({
        locale,
        field: `messages.${locale}`,
        message: canonical ? `locale is not in canonical form (use '${canonical}')` : 'is not a valid BCP 47 locale tag',
      });
      continue;
    }
    check.locales.push(locale);
    const perTone = new Map<string, ToneUsage>();
    check.usage.set(locale, perTone);
    if (!isRecord(byTone)) {
      report({ locale, field: `messages.${locale}`, message: `${show(byTone)} is not an object of tones` });
      continue;
    }
    for (const tone of Object.keys(byTone)) {
      if (!(tones as readonly string[]).includes(tone))
        report({ locale, tone, field: `messages.${locale}.${tone}`, message: `unknown tone (expected ${tones.join(', ')})` });
    }
    for (const tone of tones) {
      const set = byTone[tone];
      const where = { locale, tone };
      // A missing tone falls back to neutral in the same locale (the linter warns, CV-02), so
      // neutral is the one tone every locale written must have.
      if (set === undefined) {
        if (tone === fallbackTone) {
          report({ ...where, field: `messages.${locale}.${tone}`, message: 'tone is missing (every locale needs neutral: the other tones fall back to it)' });
        }
        continue;
      }
      perTone.set(
        tone,
        checkMessageSet(set, args, links, (p) => report({ ...where, ...p })),
      );
    }
  }

  // A placeholder must appear in every tone of every locale: a translation that drops one loses
  // information (e.g. the retry time), and one that adds one shows a value the others do not.
  const seenIn = new Map<string, string>();
  for (const [locale, perTone] of check.usage) {
    for (const [tone, used] of perTone) for (const name of used.keys()) if (!seenIn.has(name)) seenIn.set(name, `${locale}/${tone}`);
  }
  for (const [locale, perTone] of check.usage) {
    for (const [tone, used] of perTone) {
      for (const [name, first] of seenIn) {
        if (!used.has(name)) report({ locale, tone, field: 'messages', message: `placeholder {${name}} is used in ${first} but not in this tone` });
      }
    }
  }
  if (args) {
    for (const name of Object.keys(args)) {
      if (!seenIn.has(name) && check.usage.size > 0) report({ field: `args.${name}`, message: 'is declared but no message uses it' });
    }
  }
  return check;
}

function checkOperator(operator: unknown, report: Report): void {
  if (!isRecord(operator)) {
    report({ field: 'operator', message: 'is missing (operator notes: summary, component, remediation, optional runbook)' });
    return;
  }
  for (const key of ['summary', 'component', 'remediation'] as const) {
    if (!nonEmpty(operator[key])) report({ field: `operator.${key}`, message: 'is missing or empty' });
  }
  if (operator.runbook !== undefined && (typeof operator.runbook !== 'string' || !/^https?:\/\/[^\s]+$/.test(operator.runbook))) {
    report({ field: 'operator.runbook', message: `${show(operator.runbook)} is not an http(s) URL` });
  }
}

function checkArgs(args: unknown, report: Report): Record<string, ArgType> | undefined {
  if (args === undefined) return {};
  if (!isRecord(args)) {
    report({ field: 'args', message: `${show(args)} is not an object of placeholder types` });
    return undefined;
  }
  const result: Record<string, ArgType> = {};
  for (const [name, type] of Object.entries(args)) {
    if (!argNamePattern.test(name)) report({ field: `args.${name}`, message: 'is not a valid placeholder name (letters, digits, _)' });
    else if (name === 'link') report({ field: 'args.link', message: "'link' is reserved for the <link> tag" });
    if (typeof type !== 'string' || !(argTypes as readonly string[]).includes(type)) {
      report({ field: `args.${name}`, message: `${show(type)} is not one of ${argTypes.map((t) => `'${t}'`).join(', ')}` });
    } else {
      result[name] = type as ArgType;
    }
  }
  return result;
}

function checkLinks(links: unknown, report: Report): Partial<Record<LinkField, string>> {
  if (links === undefined) return {};
  if (!isRecord(links)) {
    report({ field: 'links', message: `${show(links)} is not an object of field -> link key` });
    return {};
  }
  const result: Partial<Record<LinkField, string>> = {};
  for (const [field, key] of Object.entries(links)) {
    if (!(linkFields as readonly string[]).includes(field)) {
      report({ field: `links.${field}`, message: `links can only target ${linkFields.join(', ')}` });
      continue;
    }
    oneOf(linkKeys, key, `links.${field}`, report);
    result[field as LinkField] = String(key);
  }
  return result;
}

function checkMessageSet(set: unknown, args: Record<string, ArgType> | undefined, links: Partial<Record<LinkField, string>>, report: Report): ToneUsage {
  const used: ToneUsage = new Map();
  if (!isRecord(set)) {
    report({ field: 'messages', message: `${show(set)} is not a message set (title, description, nextSteps, alternative)` });
    return used;
  }
  for (const key of Object.keys(set)) {
    if (!messageKeys.has(key)) report({ field: key, message: `unknown field (expected ${[...messageKeys].join(', ')})` });
  }
  // `printing` false: the copy shown when a value is missing may print none (it would be missing too).
  const field = (name: string, value: unknown, linkField: LinkField | undefined, optional: boolean, printing = true): void => {
    if (value === undefined && optional) return;
    if (typeof value !== 'string') {
      report({ field: name, message: value === undefined ? 'is missing' : `${show(value)} is not a string` });
      return;
    }
    if (value.trim() === '') {
      report({ field: name, message: 'is empty' });
      return;
    }
    const parsed = parseMessage(value);
    if (!parsed.ok) {
      report({ field: name, message: `ICU does not parse: ${parsed.error} in ${show(value)}` });
      return;
    }
    const usage = usageOf(parsed.ast);
    checkUsage(usage, name, linkField, args, links, report);
    if (!printing) {
      for (const [arg, uses] of usage.args) {
        if ([...uses].some((use) => use !== 'select')) {
          report({ field: name, message: `prints {${arg}}, but this copy is shown when a printed value is missing: say it without the value` });
        }
      }
      return; // only selects: the placeholders the tones must share are the main copy's
    }
    for (const arg of usage.args.keys()) if (!used.has(arg)) used.set(arg, name);
  };
  const steps = (at: string, value: unknown, printing: boolean): void => {
    if (!Array.isArray(value)) {
      report({ field: at, message: value === undefined ? 'is missing' : `${show(value)} is not a list` });
      return;
    }
    if (value.length < 1 || value.length > 3) report({ field: at, message: `has ${value.length} items; give 1 to 3 next steps` });
    value.forEach((step: unknown, i: number) => {
      field(`${at}[${i}]`, step, 'nextSteps', false, printing);
    });
  };
  field('title', set.title, undefined, false);
  field('description', set.description, 'description', false);
  steps('nextSteps', set.nextSteps, true);
  field('alternative', set.alternative, 'alternative', true);
  if (set.withoutValues !== undefined) checkWithoutValues(set.withoutValues, field, steps, report);
  if (set.suppress !== undefined) checkSuppress(set.suppress, report);
  return used;
}

function checkWithoutValues(
  copy: unknown,
  field: (name: string, value: unknown, linkField: LinkField | undefined, optional: boolean, printing: boolean) => void,
  steps: (at: string, value: unknown, printing: boolean) => void,
  report: Report,
): void {
  if (!isRecord(copy) || Object.keys(copy).length === 0) {
    report({ field: 'withoutValues', message: `${show(copy)} is not an object with a description and/or nextSteps` });
    return;
  }
  for (const key of Object.keys(copy)) {
    if (!valuelessKeys.has(key)) report({ field: `withoutValues.${key}`, message: `unknown field (expected ${valuelessFields.join(', ')})` });
  }
  field('withoutValues.description', copy.description, 'description', true, false);
  if (copy.nextSteps !== undefined) steps('withoutValues.nextSteps', copy.nextSteps, false);
}

function checkUsage(
  usage: MessageUsage,
  field: string,
  linkField: LinkField | undefined,
  args: Record<string, ArgType> | undefined,
  links: Partial<Record<LinkField, string>>,
  report: Report,
): void {
  for (const [name, uses] of usage.args) {
    const declared = args?.[name];
    if (args && declared === undefined) {
      report({ field, message: `placeholder {${name}} is not declared in args` });
    } else if (declared !== undefined) {
      for (const use of uses) {
        if (!usesAllowed[declared].has(use)) report({ field, message: `placeholder {${name}} is used as ${use} but args.${name} is '${declared}'` });
      }
    }
  }
  for (const tag of usage.tags) {
    if (tag !== 'link') report({ field, message: `unknown tag <${tag}>; only <link>...</link> is supported` });
    else if (linkField === undefined) report({ field, message: '<link> is not allowed here (plain text only)' });
    else if (links[linkField] === undefined) report({ field, message: `<link> has no target: set links.${linkField} to a link key` });
  }
  for (const tag of usage.nestedTags) report({ field, message: `<${tag}> contains another tag; tags cannot be nested` });
}

function checkSuppress(suppress: unknown, report: Report): void {
  if (!Array.isArray(suppress)) {
    report({ field: 'suppress', message: `${show(suppress)} is not a list` });
    return;
  }
  suppress.forEach((item: unknown, i: number) => {
    const at = `suppress[${i}]`;
    if (!isRecord(item)) {
      report({ field: at, message: 'is not an object { rule, field?, reason }' });
      return;
    }
    if (!nonEmpty(item.rule)) report({ field: `${at}.rule`, message: 'is missing or empty' });
    if (!nonEmpty(item.reason)) report({ field: `${at}.reason`, message: 'is missing or empty (say why the rule does not apply)' });
    oneOf([...messageFields, ...valuelessFields.map((f) => `withoutValues.${f}`)], item.field, `${at}.field`, report, true);
  });
}

/**
 * The only placeholders each UI string may use, and how. Every key of `UiStrings` is here (the
 * type makes a missing one a compile error), so this record is also the list of UI keys.
 */
export const uiArgs: Readonly<Record<keyof UiStrings, Readonly<Record<string, ArgType>>>> = {
  reference: {},
  quoteReference: {},
  statusPage: {},
  home: {},
  dismiss: {},
  retryAfterSeconds: { seconds: 'number' },
  retryAt: { time: 'time' },
  diagnostics: {},
  tryAgain: {},
  signIn: {},
  goBack: {},
  contactSupport: {},
  skipToContent: {},
  footer: { brandName: 'string' },
  errorSummary: {},
};
/** UI strings a catalog may leave out (added after catalogs were written against the others). */
const optionalUiKeys: ReadonlySet<keyof UiStrings> = new Set(['errorSummary']);
const uiKeys = Object.keys(uiArgs) as readonly (keyof UiStrings)[];

export function checkUiStrings(locale: string, strings: unknown, report: (p: CatalogProblem) => void): void {
  const where = { locale, field: `uiStrings.${locale}` };
  if (canonicalLocale(locale) !== locale) {
    report({ ...where, message: 'is not a canonical BCP 47 locale tag' });
    return;
  }
  if (!isRecord(strings)) {
    report({ ...where, message: `${show(strings)} is not an object of UI strings` });
    return;
  }
  for (const key of Object.keys(strings)) {
    if (!(uiKeys as readonly string[]).includes(key)) report({ ...where, field: `${where.field}.${key}`, message: 'unknown UI string' });
  }
  for (const key of uiKeys) {
    const field = `${where.field}.${key}`;
    const value = strings[key];
    if (value === undefined && optionalUiKeys.has(key)) continue;
    if (!nonEmpty(value)) {
      report({ ...where, field, message: value === undefined ? 'is missing' : 'is empty or not a string' });
      continue;
    }
    const parsed = parseMessage(value);
    if (!parsed.ok) {
      report({ ...where, field, message: `ICU does not parse: ${parsed.error}` });
      continue;
    }
    const usage = usageOf(parsed.ast);
    const allowed = uiArgs[key];
    checkUsage(usage, field, undefined, allowed, {}, (p) => report({ ...where, ...p }));
  }
}

export const uiStringKeys = uiKeys;
