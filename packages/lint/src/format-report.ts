// Human-readable report: findings grouped per code / locale / tone / field, then a summary line.
import { lintReportSummary } from './lint.js';
import type { LintFinding, LintReport } from './types.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function clip(text: string, max = 100): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function formatReport(report: LintReport, options: { showSuppressed?: boolean } = {}): string {
  const groups = new Map<string, LintFinding[]>();
  for (const f of report.findings) {
    if (f.suppressed && !options.showSuppressed) continue;
    const key = `${f.code} ${f.locale}/${f.tone} ${f.field}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [key, list] of groups) {
    lines.push(key);
    for (const f of [...list].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId))) {
      const level = f.suppressed ? `suppressed ${f.severity}` : f.severity;
      lines.push(`  ${level.padEnd(8)} ${f.ruleId}  ${f.message}${f.branch ? ` [${f.branch}]` : ''}`);
      if (f.text) lines.push(`           text: “${clip(f.text)}”`);
      if (f.expected !== undefined) lines.push(`           suggestion: “${clip(f.expected)}”`);
      if (f.suppressed) lines.push(`           reason: ${f.suppressed.reason}`);
      lines.push(`           see ${f.url}`);
    }
    lines.push('');
  }
  const s = lintReportSummary(report);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}, ${s.suppressed} suppressed across ${plural(s.messages, 'message')}`,
  );
  return lines.join('\n');
}
