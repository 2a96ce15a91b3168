// Public API of @errata/lint: the copy linter and the error reference generator. Both run in Node
// and in the browser (Storybook's Copy review lints there), so no module here imports `node:`.
export { lintCatalog, lintMessage, lintMessages, lintReportSummary, type MessageLintContext } from './lint.js';
export { readingGrade } from './grade.js';
export { rules, anchorOf, findRule, toneGuideUrl, type RuleInfo, type RuleId } from './rule-list.js';
export { toneConfig, lengthLimits, type ToneConfig } from './config/tones.js';
export { localeWords, acronyms, properNouns, plainWordIgnore, type LocaleWords } from './config/words.js';
export { formatReport } from './format-report.js';
export {
  readEvaluationCorpus,
  EvaluationCorpusError,
  type EvaluationCorpus,
  type EvaluationItem,
  type EvaluationVerdict,
  type ExpectedSeverity,
} from './evaluation/corpus.js';
export { evaluateCorpora, evaluationTarget, type EvaluationReport, type LanguageScore, type RuleScore, type ItemResult } from './evaluation/evaluate.js';
export { formatEvaluation, formatLanguageFigures, formatRuleFigures } from './evaluation/format.js';
export { generateReference, referencePage, sampleValues, type ReferenceOptions } from './reference/reference.js';
export type {
  FindingSeverity,
  LintableCatalog,
  LintableEntry,
  LintableMessageSet,
  LintableSuppression,
  LintFinding,
  LintOptions,
  LintReport,
  LintSummary,
  MessageGrade,
} from './types.js';
