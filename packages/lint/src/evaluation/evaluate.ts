// Measures the linter on an evaluation corpus: per language, how many bad messages get an error
// and how many good ones get none; per rule, precision and recall against the labels.
import { lintCatalog, lintMessages } from '../lint.js';
import { rules } from '../rule-list.js';
import type { FindingSeverity, LintableEntry, LintFinding } from '../types.js';
import type { EvaluationCatalogItem, EvaluationCorpus, EvaluationItem, EvaluationMessage, ExpectedSeverity } from './corpus.js';

/** The project's bar: at least this share of bad messages get an error, and of good messages get none, per language. */
export const evaluationTarget = 0.97;

/** What the linter said about one item: the rules that reported it, by severity (suppressed findings left out). */
export interface ItemResult {
  readonly id: string;
  readonly corpus: string;
  readonly language: string;
  readonly verdict: 'good' | 'bad';
  readonly breaks: readonly string[];
  readonly expect: ExpectedSeverity;
  readonly rulesBySeverity: Readonly<Record<FindingSeverity, readonly string[]>>;
}

export interface RuleScore {
  readonly ruleId: string;
  readonly name: string;
  /** Findings of this severity or above count as the rule flagging a message. */
  readonly measuredAt: 'warning' | 'info';
  /** Bad messages labelled with this rule. */
  readonly labelled: number;
  /** Messages the rule flagged. */
  readonly flagged: number;
  /** Labelled messages the rule flagged. */
  readonly correct: number;
  /** `correct / flagged`; null when the rule flagged nothing. */
  readonly precision: number | null;
  /** `correct / labelled`; null when no message is labelled with the rule. */
  readonly recall: number | null;
}

export interface LanguageScore {
  readonly language: string;
  readonly corpora: readonly string[];
  /** Bad messages whose breach the guide makes an error, and how many of them got one. */
  readonly bad: { readonly total: number; readonly withError: number };
  /** Bad messages whose breach the guide makes a warning or an info, and how many a rule they break flagged at that level. */
  readonly badBelowError: { readonly total: number; readonly flagged: number };
  readonly good: { readonly total: number; readonly withoutError: number; readonly withoutWarning: number };
  /** Message level, errors only: of the messages that got an error, the share that are bad; of the bad ones (error level), the share that got one. */
  readonly overall: { readonly precision: number | null; readonly recall: number | null };
  readonly meetsTarget: boolean;
  readonly rules: readonly RuleScore[];
}

export interface EvaluationReport {
  readonly target: number;
  readonly languages: readonly LanguageScore[];
  /** Every language together. */
  readonly all: LanguageScore;
  readonly items: readonly ItemResult[];
}

const RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

function baseEntry(code: string, message: EvaluationMessage, locale: string, tone: EvaluationItem['tone']): LintableEntry {
  const { entry, ...set } = message;
  return { status: 400, cause: 'client', severity: 'low', causeKnown: true, ...entry, code, messages: { [locale]: { [tone]: set } } };
}

function lintCatalogItem(item: EvaluationCatalogItem, corpus: EvaluationCorpus): LintFinding[] {
  const entries = item.entries.map((e): LintableEntry => {
    const { code, writtenIn, tones: written, ...message } = e;
    const entry = baseEntry(code, message, writtenIn ?? corpus.locale, item.tone);
    if (!written) return entry;
    const { entry: _taxonomy, ...set } = message;
    return { ...entry, messages: { [writtenIn ?? corpus.locale]: Object.fromEntries(written.map((tone) => [tone, set])) } };
  });
  return [...lintCatalog(entries, { ...corpus.options, locales: [corpus.locale], tones: [item.tone] }).findings];
}

function findingsOf(corpus: EvaluationCorpus): Map<EvaluationItem, LintFinding[]> {
  const out = new Map<EvaluationItem, LintFinding[]>();
  const messages = corpus.items.filter((i) => i.kind === 'message');
  const linted = lintMessages(
    messages.map((item) => {
      const { title, description, nextSteps, alternative, suppress, entry } = item;
      return {
        message: { title, description, nextSteps, ...(alternative !== undefined ? { alternative } : {}), ...(suppress ? { suppress } : {}) },
        context: { code: item.id, locale: corpus.locale, tone: item.tone, ...(entry ? { entry } : {}) },
      };
    }),
    corpus.options,
  );
  for (const [i, item] of messages.entries()) out.set(item, linted[i]!);
  for (const item of corpus.items) if (item.kind === 'catalog') out.set(item, lintCatalogItem(item, corpus));
  return out;
}

function resultOf(item: EvaluationItem, corpus: EvaluationCorpus, findings: readonly LintFinding[]): ItemResult {
  const by: Record<FindingSeverity, Set<string>> = { error: new Set(), warning: new Set(), info: new Set() };
  for (const f of findings) if (!f.suppressed) by[f.severity].add(f.ruleId);
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return {
    id: item.id,
    corpus: corpus.name,
    language: corpus.locale.split('-')[0]!.toLowerCase(),
    verdict: item.verdict,
    breaks: item.breaks,
    expect: item.expect,
    rulesBySeverity: { error: sorted(by.error), warning: sorted(by.warning), info: sorted(by.info) },
  };
}

/** Did `ruleId` report this item at `level` or above? */
function flaggedBy(result: ItemResult, ruleId: string, level: FindingSeverity): boolean {
  return (Object.keys(result.rulesBySeverity) as FindingSeverity[]).some((s) => RANK[s] <= RANK[level] && result.rulesBySeverity[s].includes(ruleId));
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function scoreRules(results: readonly ItemResult[], measuredAt: ReadonlyMap<string, 'warning' | 'info'>): RuleScore[] {
  return rules.map((rule) => {
    const level = measuredAt.get(rule.id) ?? 'warning';
    let labelled = 0;
    let flagged = 0;
    let correct = 0;
    for (const r of results) {
      const isLabelled = r.verdict === 'bad' && r.breaks.includes(rule.id);
      const isFlagged = flaggedBy(r, rule.id, level);
      if (isLabelled) labelled += 1;
      if (isFlagged) flagged += 1;
      if (isLabelled && isFlagged) correct += 1;
    }
    return {
      ruleId: rule.id,
      name: rule.name,
      measuredAt: level,
      labelled,
      flagged,
      correct,
      precision: ratio(correct, flagged),
      recall: ratio(correct, labelled),
    };
  });
}

function scoreLanguage(
  language: string,
  corpora: readonly string[],
  results: readonly ItemResult[],
  measuredAt: ReadonlyMap<string, 'warning' | 'info'>,
  target: number,
): LanguageScore {
  const hasError = (r: ItemResult): boolean => r.rulesBySeverity.error.length > 0;
  const bad = results.filter((r) => r.verdict === 'bad' && r.expect === 'error');
  const below = results.filter((r) => r.verdict === 'bad' && r.expect !== 'error');
  const good = results.filter((r) => r.verdict === 'good');
  const withError = bad.filter(hasError).length;
  const withoutError = good.filter((r) => !hasError(r)).length;
  const anyError = results.filter(hasError);
  const meets = (n: number, d: number): boolean => d === 0 || n / d >= target;
  return {
    language,
    corpora,
    bad: { total: bad.length, withError },
    badBelowError: { total: below.length, flagged: below.filter((r) => r.breaks.some((id) => flaggedBy(r, id, r.expect))).length },
    good: {
      total: good.length,
      withoutError,
      withoutWarning: good.filter((r) => r.rulesBySeverity.error.length + r.rulesBySeverity.warning.length === 0).length,
    },
    overall: { precision: ratio(anyError.filter((r) => r.verdict === 'bad').length, anyError.length), recall: ratio(withError, bad.length) },
    meetsTarget: meets(withError, bad.length) && meets(withoutError, good.length),
    rules: scoreRules(results, measuredAt),
  };
}

/**
 * Lints every item of the corpora and scores the linter against their labels. A rule counts as
 * flagging a message when it reports a warning or an error there; a rule whose labelled breaches
 * are all info-level suggestions (passive voice) is measured on its infos.
 */
export function evaluateCorpora(corpora: readonly EvaluationCorpus[], target = evaluationTarget): EvaluationReport {
  const results: ItemResult[] = [];
  for (const corpus of corpora) {
    for (const [item, findings] of findingsOf(corpus)) results.push(resultOf(item, corpus, findings));
  }
  const expectations = new Map<string, Set<ExpectedSeverity>>();
  for (const r of results) for (const id of r.verdict === 'bad' ? r.breaks : []) expectations.set(id, (expectations.get(id) ?? new Set()).add(r.expect));
  const measuredAt = new Map<string, 'warning' | 'info'>(
    [...expectations].map(([id, levels]) => [id, levels.size === 1 && levels.has('info') ? 'info' : 'warning'] as const),
  );
  // English first (the source locale), then the others by name.
  const names = [...new Set(results.map((r) => r.language))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const languages = names.map((language) => {
    const own = results.filter((r) => r.language === language);
    return scoreLanguage(language, [...new Set(own.map((r) => r.corpus))], own, measuredAt, target);
  });
  const all = scoreLanguage('all', [...new Set(results.map((r) => r.corpus))], results, measuredAt, target);
  return { target, languages, all: { ...all, meetsTarget: languages.every((l) => l.meetsTarget) }, items: results };
}
