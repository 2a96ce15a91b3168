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
