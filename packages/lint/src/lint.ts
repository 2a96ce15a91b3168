// The lint run: every message set (code x locale x tone) through every rule, then the
// catalog-wide rules, then suppressions.
import { tones, type Tone } from '@errata/catalog';
import { lengthLimits, toneConfig } from './config/tones.js';
import { buildContext, primaryTexts, type MessageContext, type MessageRule, type RawFinding } from './context.js';
import { readingGrade } from './grade.js';
import { analyseEnglish, retextRules } from './retext.js';
import { anchorOf, findRule, rules, toneGuideUrl } from './rule-list.js';
import { consistentArguments, consistentHelp, friendlyNegation } from './rules/catalog-wide.js';
import { coverageGaps } from './rules/coverage.js';
import { wellFormed } from './rules/icu.js';
import { messageWords, sentencesPerField, sentenceWords, titleLength } from './rules/length.js';
import { caseAndPunctuation, noShouting } from './rules/mechanics.js';
import { actionableNextStep, noTitleEcho, recoveryInfo, requiredFields } from './rules/structure.js';
import { apology, noBlame, noCondescension, noHarshWords, noHumour, noTechnicalJargon, noVagueCause, please, register } from './rules/tone.js';
import { countWords } from './text.js';
import type { LintableCatalog, LintableEntry, LintableMessageSet, LintFinding, LintOptions, LintReport, LintSummary, MessageGrade } from './types.js';

const bodyGrade: MessageRule = (ctx, emit) => {
  if (!ctx.english) return;
  const body = bodyText(ctx);
  if (countWords(body) < lengthLimits.gradeMinWords) return;
  const grade = readingGrade(body);
  const limits = toneConfig[ctx.tone];
  const severity = grade > limits.gradeError ? 'error' : grade > limits.gradeWarn ? 'warning' : undefined;
  if (severity) {
    emit({
      ruleId: 'RD-01',
      severity,
      field: 'body',
      text: body,
      message: `Reading grade ${grade} (Flesch–Kincaid); the ${ctx.tone} tone aims for ${limits.gradeWarn} or lower. Use shorter words and sentences.`,
    });
  }
};

const messageRules: readonly MessageRule[] = [
  requiredFields,
  actionableNextStep,
  recoveryInfo,
  noTitleEcho,
  titleLength,
  sentencesPerField,
  sentenceWords,
  messageWords,
  bodyGrade,
  noTechnicalJargon,
  noBlame,
  noHarshWords,
  noHumour,
  apology,
  please,
  noVagueCause,
  noCondescension,
  register,
  noShouting,
  caseAndPunctuation,
  wellFormed,
  retextRules,
];

const englishOnly = new Set<string>(rules.filter((r) => r.englishOnly).map((r) => r.id));

function bodyText(ctx: MessageContext): string {
  return primaryTexts(ctx, ['description', 'nextSteps'])
    .map((p) => p.variant.text.trim())
    .map((t) => (/[.?!؟:]$/u.test(t) ? t : `${t}.`))
    .join(' ');
}

function url(options: LintOptions, ruleId: string): string {
  return `${options.guideUrl ?? toneGuideUrl}#${anchorOf(ruleId)}`;
}

function finish(ctx: MessageContext, raw: RawFinding, options: LintOptions): LintFinding {
  return {
    ruleId: raw.ruleId,
    severity: raw.severity,
    code: ctx.code,
    locale: ctx.locale,
    tone: ctx.tone,
    field: raw.field,
    ...(raw.branch ? { branch: raw.branch } : {}),
    text: raw.text,
    message: raw.message,
    ...(raw.expected !== undefined ? { expected: raw.expected } : {}),
    url: url(options, raw.ruleId),
  };
}

function suppressionsOf(set: LintableMessageSet): readonly { rule: string; field?: string; reason: string }[] {
  return Array.isArray(set.suppress) ? set.suppress : [];
}

function checkSuppressions(ctx: MessageContext, emit: (f: RawFinding) => void): void {
  for (const s of suppressionsOf(ctx.set)) {
    const rule = findRule(typeof s.rule === 'string' ? s.rule : '');
    const text = JSON.stringify(s);
    if (!rule) emit({ ruleId: 'SP-01', severity: 'error', field: s.field ?? '*', text, message: `Suppression names no known rule (“${String(s.rule)}”).` });
    if (typeof s.reason !== 'string' || s.reason.trim() === '') {
      emit({ ruleId: 'SP-01', severity: 'error', field: s.field ?? '*', text, message: 'A suppression needs a written reason, so reviewers can judge it.' });
    }
  }
}

function applySuppressions(ctx: MessageContext, findings: LintFinding[]): LintFinding[] {
  const list = suppressionsOf(ctx.set).filter((s) => typeof s.reason === 'string' && s.reason.trim() !== '');
  if (list.length === 0) return findings;
  return findings.map((f) => {
    if (f.ruleId === 'SP-01') return f;
    const s = list.find((x) => findRule(x.rule)?.id === f.ruleId && fieldMatches(x.field, f.field));
    return s ? { ...f, suppressed: { reason: s.reason } } : f;
  });
}

function fieldMatches(wanted: string | undefined, field: string): boolean {
  if (wanted === undefined || wanted === '*' || wanted === field) return true;
  return field.startsWith(`${wanted}[`);
}

// Rules lint every branch combination, so text shared by all branches is found once per
// combination. Keep one finding, and name a branch only when the text is not in every branch.
function dedupe(ctx: MessageContext, findings: readonly LintFinding[]): LintFinding[] {
  const keyOf = (f: LintFinding): string => [f.code, f.locale, f.tone, f.ruleId, f.severity, f.field, f.text, f.message].join('\u0000');
  const branches = new Map<string, Set<string>>();
  for (const f of findings) if (f.branch) branches.set(keyOf(f), (branches.get(keyOf(f)) ?? new Set()).add(f.branch));
  const seen = new Set<string>();
  const out: LintFinding[] = [];
  for (const f of findings) {
    const key = keyOf(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const field = ctx.fields.find((x) => x.field === f.field);
    const everyBranch = f.branch !== undefined && field?.parsed.ok === true && (branches.get(key)?.size ?? 0) >= field.parsed.variants.length;
    if (everyBranch) {
      const { branch: _shared, ...rest } = f;
      out.push(rest);
    } else out.push(f);
  }
  return out;
}

function runMessage(ctx: MessageContext, options: LintOptions): LintFinding[] {
  const out: LintFinding[] = [];
  const emit = (raw: RawFinding): void => {
    if (!ctx.english && englishOnly.has(raw.ruleId)) return;
    out.push(finish(ctx, raw, options));
  };
  for (const rule of messageRules) {
    try {
      rule(ctx, emit);
    } catch (error) {
      // A rule bug must not hide the other findings; report it where people will see it.
      emit({
        ruleId: 'IC-01',
        severity: 'error',
        field: '*',
        text: '',
        message: `The linter failed on this message: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  checkSuppressions(ctx, emit);
  return out;
}

/** The copy a page shows when a printed value is missing, for a set that has some. */
function valuelessContext(entry: LintableEntry, locale: string, tone: Tone, set: LintableMessageSet, options: LintOptions): MessageContext | undefined {
  const copy: unknown = set.withoutValues;
  return typeof copy === 'object' && copy !== null ? buildContext(entry, locale, tone, set, options, true) : undefined;
}

/**
 * The findings of the copy shown without values. Rules that name a whole field ("nextSteps")
 * name the replacement they read; findings the set's own copy has too (its title, its help line)
 * are left to it, so each problem is reported once.
 */
function valuelessFindings(ctx: MessageContext, own: readonly LintFinding[], options: LintOptions): LintFinding[] {
  const replaced = new Set(ctx.fields.filter((f) => f.field.startsWith('withoutValues.')).map((f) => f.field.replace(/^withoutValues\.|\[\d+\]$/g, '')));
  const renamed = runMessage(ctx, options).map((f) => (replaced.has(f.field) ? { ...f, field: `withoutValues.${f.field}` } : f));
  const keyOf = (f: LintFinding): string => [f.ruleId, f.severity, f.field, f.text, f.message].join('\u0000');
  const seen = new Set(own.map(keyOf));
  return applySuppressions(ctx, dedupe(ctx, renamed)).filter((f) => !seen.has(keyOf(f)));
}

function isCatalog(input: LintableCatalog | readonly LintableEntry[]): input is LintableCatalog {
  return !Array.isArray(input);
}

/** Lets the linter read raw entry inputs as well as a defined catalog. */
function asCatalog(input: LintableCatalog | readonly LintableEntry[]): LintableCatalog {
  if (isCatalog(input)) return input;
  const entries = input.filter((e): e is LintableEntry => typeof e === 'object' && e !== null && typeof e.code === 'string');
  const locales = [...new Set(entries.flatMap((e) => Object.keys(e.messages ?? {})))];
  locales.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  return {
    codes: entries.map((e) => e.code),
    locales,
    get: (code) => entries.find((e) => e.code === code)!,
  };
}

/** The options with the catalog's own declarations as defaults; explicit options replace them. */
function withCatalogDefaults(input: LintableCatalog | readonly LintableEntry[], options: LintOptions): LintOptions {
  if (options.informalAddress !== undefined || !isCatalog(input)) return options;
  const declared: unknown = input.informalAddress;
  return Array.isArray(declared) ? { ...options, informalAddress: declared.filter((l): l is string => typeof l === 'string') } : options;
}

/**
 * Lints every message of a catalog (or of raw entry inputs) against the tone guide.
 * Never throws on odd copy: malformed parts become findings.
 */
export function lintCatalog(input: LintableCatalog | readonly LintableEntry[], requested: LintOptions = {}): LintReport {
  const options = withCatalogDefaults(input, requested);
  const catalog = asCatalog(input);
  const findings: LintFinding[] = [];
  const contexts: MessageContext[] = [];
  // Keyed by the set's own context; not graded (the figures are per message set).
  const valueless = new Map<MessageContext, MessageContext>();
  const grades: MessageGrade[] = [];
  const localeFilter = options.locales;
  const toneFilter = options.tones ?? tones;
  for (const code of catalog.codes) {
    if (options.codes && !options.codes.includes(code)) continue;
    let entry: LintableEntry;
    try {
      entry = catalog.get(code);
    } catch {
      continue; // a catalog that lists a code it cannot return is the catalog's bug, not copy
    }
    if (typeof entry !== 'object' || entry === null) continue;
    for (const locale of catalog.locales) {
      if (localeFilter && !localeFilter.includes(locale)) continue;
      for (const gap of coverageGaps(entry, locale, toneFilter)) {
        findings.push({ ...gap, code, locale, field: '*', text: '', url: url(options, gap.ruleId) });
      }
      for (const tone of toneFilter) {
        const set = entry.messages?.[locale]?.[tone];
        if (!set) continue;
        const ctx = buildContext(entry, locale, tone, set, options);
        contexts.push(ctx);
        const without = valuelessContext(entry, locale, tone, set, options);
        if (without) valueless.set(ctx, without);
      }
    }
  }
  analyseEnglish([...contexts, ...valueless.values()]);
  for (const ctx of contexts) {
    findings.push(...runMessage(ctx, options));
    grades.push({ code: ctx.code, locale: ctx.locale, tone: ctx.tone, grade: ctx.english ? readingGrade(bodyText(ctx)) : null });
  }
  const catalogFindings = new Map<MessageContext, LintFinding[]>();
  const emit = (ctx: MessageContext, raw: RawFinding): void => {
    catalogFindings.set(ctx, [...(catalogFindings.get(ctx) ?? []), finish(ctx, raw, options)]);
  };
  consistentHelp(contexts, emit);
  consistentArguments(contexts, emit);
  friendlyNegation(contexts, emit);
  const all: LintFinding[] = [];
  const byContext = new Map<string, LintFinding[]>();
  for (const f of [...findings, ...[...catalogFindings.values()].flat()]) {
    const key = `${f.code}\u0000${f.locale}\u0000${f.tone}`;
    byContext.set(key, [...(byContext.get(key) ?? []), f]);
  }
  for (const ctx of contexts) {
    const key = `${ctx.code}\u0000${ctx.locale}\u0000${ctx.tone}`;
    const own = applySuppressions(ctx, dedupe(ctx, byContext.get(key) ?? []));
    all.push(...own);
    const without = valueless.get(ctx);
    if (without) all.push(...valuelessFindings(without, own, options));
    byContext.delete(key);
  }
  for (const rest of byContext.values()) all.push(...rest);
  return { findings: all, messages: grades };
}

export interface MessageLintContext {
  readonly code?: string;
  readonly locale?: string;
  readonly tone?: Tone;
  readonly entry?: Partial<Omit<LintableEntry, 'messages' | 'code'>>;
}

function messageContext(message: LintableMessageSet, context: MessageLintContext, options: LintOptions): MessageContext {
  const locale = context.locale ?? 'en';
  const tone = context.tone ?? 'neutral';
  const entry: LintableEntry = {
    status: 400,
    cause: 'client',
    severity: 'low',
    causeKnown: true,
    ...context.entry,
    code: context.code ?? 'MESSAGE',
    messages: { [locale]: { [tone]: message } },
  };
  return buildContext(entry, locale, tone, message, options);
}

/** Lints one message set on its own (catalog-wide rules such as ST-04 need lintCatalog). */
export function lintMessage(message: LintableMessageSet, context: MessageLintContext = {}, options: LintOptions = {}): LintFinding[] {
  return lintMessages([{ message, context }], options)[0]!;
}

/**
 * Lints many unrelated message sets, each on its own as `lintMessage` does, with one retext run
 * per tone for all of them (the run, not the rules, is what costs time).
 */
export function lintMessages(
  list: readonly { readonly message: LintableMessageSet; readonly context?: MessageLintContext }[],
  options: LintOptions = {},
): LintFinding[][] {
  const contexts = list.map(({ message, context }) => messageContext(message, context ?? {}, options));
  const valueless = contexts.map((ctx) => valuelessContext(ctx.entry, ctx.locale, ctx.tone, ctx.set, options));
  analyseEnglish([...contexts, ...valueless.filter((ctx) => ctx !== undefined)]);
  return contexts.map((ctx, i) => {
    const own = applySuppressions(ctx, dedupe(ctx, runMessage(ctx, options)));
    const without = valueless[i];
    return without ? [...own, ...valuelessFindings(without, own, options)] : own;
  });
}

/** Counts for a report; suppressed findings count only as suppressed. */
export function lintReportSummary(report: LintReport): LintSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let suppressed = 0;
  for (const f of report.findings) {
    if (f.suppressed) suppressed += 1;
    else if (f.severity === 'error') errors += 1;
    else if (f.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { errors, warnings, infos, suppressed, messages: report.messages.length };
}
