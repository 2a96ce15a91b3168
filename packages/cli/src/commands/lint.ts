// `errata lint`: the catalog's copy against the tone guide (@errata/lint).
import { tones, type Tone } from '@errata/catalog';
import {
  EvaluationCorpusError,
  evaluateCorpora,
  formatEvaluation,
  formatReport,
  lintCatalog,
  lintReportSummary,
  type LintableEntry,
  type LintReport,
} from '@errata/lint';
import { catalogFileHelp, loadCatalog } from '../catalog-file.js';
import { defineCommand, list, UsageError } from '../command.js';
import { loadEvaluationCorpora } from '../evaluation-files.js';

const help = `Usage: errata lint [catalogFile] [options]
       errata lint --evaluate <corpus> [--format text|json]

Lints a catalog's copy against the tone guide. Exit status: 0 clean; 1 error-level findings, more
warnings than --max-warnings, or an invalid catalog; 2 a usage mistake.

With --evaluate, measures the linter instead: lints every message of an evaluation corpus (a .json
file, or a directory of them, such as packages/lint/evaluation in the Errata repository) and prints
per language how many bad messages get an error and good ones get none, and precision and recall
per rule. Exit status 1 when a language misses the target (97% each) or a corpus is invalid.

Options:
  --format text|json   report format (default: text)
  --max-warnings N     fail when there are more than N warnings
  --locale x[,y]       lint only these locales
  --tone t[,u]         lint only these tones (${tones.join(', ')})
  --informal de[,es]   locales whose friendly tone may use the informal "you" (de du, es tú), a
                       brand choice; replaces the catalog's own informalAddress
  --show-suppressed    also list findings that a suppression covers
  --evaluate <corpus>  measure the linter on an evaluation corpus (see above)
  -h, --help           show this help

${catalogFileHelp}`;

function isTone(value: string): value is Tone {
  return (tones as readonly string[]).includes(value);
}

export const command = defineCommand({
  help,
  maxPositionals: 1,
  options: {
    format: { type: 'string', default: 'text' },
    'max-warnings': { type: 'string' },
    locale: { type: 'string', multiple: true },
    tone: { type: 'string', multiple: true },
    'show-suppressed': { type: 'boolean', default: false },
    informal: { type: 'string', multiple: true },
    evaluate: { type: 'string' },
  },
  async run(values, positionals) {
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${values.format}.`);
    if (values.evaluate !== undefined) {
      const lintOnly = [
        ...positionals,
        ...(['max-warnings', 'locale', 'tone', 'informal'] as const).filter((k) => values[k] !== undefined).map((k) => `--${k}`),
        ...(values['show-suppressed'] ? ['--show-suppressed'] : []),
      ];
      if (lintOnly.length > 0) throw new UsageError(`--evaluate reads its messages and options from the corpus: drop ${lintOnly.join(', ')}.`);
      return evaluate(values.evaluate, values.format);
    }
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0))
      throw new UsageError('--max-warnings takes a whole number of 0 or more.');
    const toneList = list(values.tone);
    const bad = toneList?.find((t) => !isTone(t));
    if (bad !== undefined) throw new UsageError(`Unknown tone "${bad}": use ${tones.join(', ')}.`);

    const loaded = await loadCatalog(positionals[0]);
    // --informal replaces the catalog's own declaration (builtinCatalog: es), which lintCatalog reads by default.
    const informal = list(values.informal);
    const options = { locales: list(values.locale), tones: toneList?.filter(isTone), ...(informal ? { informalAddress: informal } : {}) };
    let report: LintReport;
    if (loaded.kind === 'invalid') {
      // Still lint what can be read, so a file of bad copy reports per rule.
      process.stderr.write(`${loaded.error.message}\n\n`);
      report = lintCatalog(
        loaded.entries.filter((e): e is LintableEntry => typeof e === 'object' && e !== null),
        options,
      );
    } else {
      report = lintCatalog(loaded.catalog, options);
    }
    const summary = lintReportSummary(report);
    if (values.format === 'json') {
      const catalogProblems = loaded.kind === 'invalid' ? { catalogProblems: loaded.error.problems } : {};
      process.stdout.write(`${JSON.stringify({ summary, findings: report.findings, messages: report.messages, ...catalogProblems }, null, 2)}\n`);
    } else {
      process.stdout.write(`${formatReport(report, { showSuppressed: values['show-suppressed'] })}\n`);
    }
    const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
    if (tooManyWarnings && values.format === 'text') process.stdout.write(`More than ${maxWarnings} warnings.\n`);
    return loaded.kind === 'invalid' || summary.errors > 0 || tooManyWarnings ? 1 : 0;
  },
});

async function evaluate(path: string, format: 'text' | 'json'): Promise<number> {
  let report: ReturnType<typeof evaluateCorpora>;
  try {
    report = evaluateCorpora(await loadEvaluationCorpora(path));
  } catch (error) {
    if (!(error instanceof EvaluationCorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  process.stdout.write(`${format === 'json' ? JSON.stringify(report, null, 2) : formatEvaluation(report)}\n`);
  return report.all.meetsTarget ? 0 : 1;
}
