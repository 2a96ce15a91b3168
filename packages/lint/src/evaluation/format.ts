// The evaluation as text: a line per language, a table per rule, then the messages it got wrong
// (so a designer can see what a figure stands for).
import type { EvaluationReport, ItemResult, LanguageScore, RuleScore } from './evaluate.js';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const share = (n: number, d: number): string => `${n}/${d} ${pct(d === 0 ? null : n / d)}`;

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
}

function languageRow(l: LanguageScore): string[] {
  return [
    l.language,
    share(l.bad.withError, l.bad.total),
    share(l.good.withoutError, l.good.total),
    pct(l.overall.precision),
    pct(l.overall.recall),
    share(l.badBelowError.flagged, l.badBelowError.total),
    share(l.good.withoutWarning, l.good.total),
    l.meetsTarget ? 'yes' : 'NO',
  ];
}

function ruleRow(language: string, s: RuleScore): string[] {
  return [
    s.ruleId,
    `${s.name}${s.measuredAt === 'info' ? ' *' : ''}`,
    language,
    String(s.labelled),
    String(s.flagged),
    String(s.correct),
    pct(s.precision),
    pct(s.recall),
  ];
}

/** One rule's figures as the tone guide states them: "precision 100.0%, recall 97.1% (35 labelled, 34 flagged, 34 correct)". */
export function formatRuleFigures(s: RuleScore): string {
  return `precision ${pct(s.precision)}, recall ${pct(s.recall)} (${s.labelled} labelled, ${s.flagged} flagged, ${s.correct} correct${s.measuredAt === 'info' ? ', counting infos' : ''})`;
}

/** One language's headline as the tone guide states it: "bad with an error 112/112 (100.0%), good with no error 156/156 (100.0%)". */
export function formatLanguageFigures(l: LanguageScore): string {
  const part = (n: number, d: number): string => `${n}/${d} (${pct(d === 0 ? null : n / d)})`;
  return `bad with an error ${part(l.bad.withError, l.bad.total)}, good with no error ${part(l.good.withoutError, l.good.total)}`;
}

function said(r: ItemResult): string {
  const parts = (['error', 'warning'] as const).filter((s) => r.rulesBySeverity[s].length > 0).map((s) => `${s}s ${r.rulesBySeverity[s].join(' ')}`);
  return parts.length > 0 ? parts.join('; ') : 'nothing';
}

export function formatEvaluation(report: EvaluationReport): string {
  const target = `${Math.round(report.target * 100)}%`;
  const lines = [
    `Copy linter evaluation: ${report.all.corpora.join(', ')}`,
    `Target per language: at least ${target} of bad messages get an error and ${target} of good messages get none.`,
    '',
    ...table([
      ['language', 'bad with an error', 'good with no error', 'precision', 'recall', 'bad (warning level) flagged', 'good with no warning', 'meets target'],
      ...report.languages.map(languageRow),
      ...(report.languages.length > 1 ? [languageRow(report.all)] : []),
    ]),
    '',
    'Per rule: a message counts as flagged when the rule reports a warning or an error there (* an info: the rule only suggests).',
    'Precision = correct / flagged; recall = correct / labelled.',
    '',
  ];
  const rows: string[][] = [['rule', 'name', 'language', 'labelled', 'flagged', 'correct', 'precision', 'recall']];
  report.all.rules.forEach((all, i) => {
    const own = report.languages.map((l) => ({ l, s: l.rules[i]! })).filter(({ s }) => s.labelled > 0 || s.flagged > 0);
    if (own.length === 1 && report.languages.length === 1) rows.push(ruleRow(own[0]!.l.language, own[0]!.s));
    else {
      for (const { l, s } of own) rows.push(ruleRow(l.language, s));
      rows.push(ruleRow('all', all));
    }
  });
  lines.push(...table(rows), '');
  const missed = report.items.filter((r) => r.verdict === 'bad' && r.expect === 'error' && r.rulesBySeverity.error.length === 0);
  const alarms = report.items.filter((r) => r.verdict === 'good' && r.rulesBySeverity.error.length > 0);
  lines.push(`Bad messages with no error (${missed.length}):`);
  for (const r of missed) lines.push(`  ${r.id} breaks ${r.breaks.join(' ')}: the linter said ${said(r)}`);
  lines.push(`Good messages with an error (${alarms.length}):`);
  for (const r of alarms) lines.push(`  ${r.id}: ${said(r)}`);
  return lines.join('\n');
}
