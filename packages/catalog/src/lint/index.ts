// @errata/catalog/lint: the copy linter. Runs in Node and in the browser (no node: imports).
export { lintCatalog, lintMessage, lintReportSummary, tones, type MessageLintContext } from './lint.js';
export { readingGrade } from './grade.js';
export { rules, anchorOf, findRule, type RuleInfo, type RuleId } from './rule-list.js';
export { toneConfig, lengthLimits, type ToneConfig } from './config/tones.js';
export { localeWords, acronyms, properNouns, plainWordIgnore, type LocaleWords } from './config/words.js';
export { formatReport } from './format-report.js';
export type {
  FindingSeverity, LintableCatalog, LintableEntry, LintableMessageSet, LintFinding, LintOptions, LintReport, LintSummary,
  MessageGrade, Suppression, Tone,
} from './types.js';
