/**
 * The value patterns that come from maintained rule sets, as data: gitleaks' published rules
 * (generated into gitleaks.json by scripts/update-redaction-rules.mjs) and rules ported by hand
 * from Presidio and detect-secrets (ported.json). Both files are bundled into the package's
 * JavaScript by the build, so they ship with it. See README.md beside this file.
 */
import gitleaks from './gitleaks.json' with { type: 'json' };
import ported from './ported.json' with { type: 'json' };
import { type Validator, validators } from './validators.js';

export interface RuleSource {
  readonly name: string;
  readonly repository: string;
  readonly version: string;
  readonly licence: string;
  readonly copyright: string;
}

export interface DataRule {
  readonly id: string;
  readonly kind: string;
  /** Key of the rule's source in `ruleSources`. */
  readonly source: string;
  readonly pattern: string;
  readonly flags: string;
  /** Lower-case fragments of which the text must contain one for the rule to run. */
  readonly keywords: readonly string[];
  readonly validate?: string;
}

/** A rule ready to run: its regex (global, never shared with callers) and its check. */
export interface CompiledRule {
  readonly id: string;
  readonly kind: string;
  readonly regex: RegExp;
  readonly keywords: readonly string[];
  readonly validate: Validator | undefined;
}

export const ruleSources: Readonly<Record<string, RuleSource>> = {
  gitleaks: gitleaks.source,
  ...ported.sources,
};

export const dataRules: readonly DataRule[] = [...gitleaks.rules.map((rule) => ({ ...rule, source: 'gitleaks' })), ...ported.rules];

export function compileRule(rule: DataRule): CompiledRule {
  const validate = rule.validate === undefined ? undefined : validators[rule.validate];
  if (rule.validate !== undefined && validate === undefined) throw new Error(`redaction rule ${rule.id}: unknown validator ${rule.validate}`);
  return { id: rule.id, kind: rule.kind, regex: new RegExp(rule.pattern, `g${rule.flags}`), keywords: rule.keywords, validate };
}

export const compiledRules: readonly CompiledRule[] = dataRules.map(compileRule);

const keywords = [...new Set(compiledRules.flatMap((rule) => rule.keywords))].sort((a, b) => b.length - a.length);
/** Every keyword in one pass (longest first, so the longest one starting at a place is found). */
const keywordScan = new RegExp(keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
/** For each keyword, the shorter keywords inside it: found with it, since the scan reports one per place. */
const within = new Map(keywords.map((keyword) => [keyword, keywords.filter((other) => other !== keyword && keyword.includes(other))]));
const alwaysRun = compiledRules.filter((rule) => rule.keywords.length === 0);

/**
 * The rules worth running on a text, given it in lower case: those without keywords and those
 * with a keyword the text contains. One regex pass finds the keywords, instead of one `includes`
 * per keyword (140 of them): the cost of redacting ordinary text stays that of a few scans.
 */
export function rulesFor(lower: string): readonly CompiledRule[] {
  const found = new Set<string>();
  keywordScan.lastIndex = 0;
  for (let match = keywordScan.exec(lower); match !== null; match = keywordScan.exec(lower)) {
    found.add(match[0]);
    for (const inner of within.get(match[0]) ?? []) found.add(inner);
    keywordScan.lastIndex = match.index + 1;
  }
  if (found.size === 0) return alwaysRun;
  return compiledRules.filter((rule) => rule.keywords.length === 0 || rule.keywords.some((keyword) => found.has(keyword)));
}
