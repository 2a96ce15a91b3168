// The built-in catalog meets its own tone guide: no error, and every warning fixed or
// suppressed with a reason.
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '@errata/catalog';
import { lintCatalog } from './index.js';

describe('the built-in catalog', () => {
  const report = lintCatalog(builtinCatalog);
  const open = report.findings.filter((f) => !f.suppressed);
  const show = (fs: typeof open): string => fs.map((f) => `${f.ruleId} ${f.code} ${f.locale}/${f.tone} ${f.field}: ${f.message} “${f.text}”`).join('\n');

  it('lints every code in every locale and tone', () => {
    expect(report.messages.length).toBe(builtinCatalog.codes.length * builtinCatalog.locales.length * 3);
  });

  it('has no error-level finding', () => {
    const errors = open.filter((f) => f.severity === 'error');
    expect(errors, show(errors)).toEqual([]);
  });

  it('has no open warning', () => {
    const warnings = open.filter((f) => f.severity === 'warning');
    expect(warnings, show(warnings)).toEqual([]);
  });

  it('gives every suppression a reason', () => {
    for (const f of report.findings.filter((x) => x.suppressed)) expect(f.suppressed!.reason.trim()).not.toBe('');
  });
});
