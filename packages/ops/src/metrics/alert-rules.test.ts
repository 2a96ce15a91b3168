// Alerting rules generated from the catalog: one error-rate rule per error code, the dependency,
// fallback and failure rules, each linked to its runbook and reference page; promtool accepts them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalog } from '@errata/catalog';
import { describe, expect, it } from 'vitest';
import { promtool } from '@errata/test/services';
import { createOps } from '../ops.js';
import { alertRules, errorRateThresholds } from './alert-rules.js';

const base = 'https://docs.example.com/errors/';

function check(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'errata-rules-'));
  try {
    const file = join(dir, 'errata.rules.yml');
    writeFileSync(file, yaml);
    return promtool(['check', 'rules', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('alertRules', () => {
  const yaml = alertRules(builtinCatalog, { referenceBaseUrl: base });

  it('passes promtool check rules', () => {
    const result = check(yaml);
    expect(result.output).toMatch(/SUCCESS: \d+ rules found/);
    expect(result.status).toBe(0);
  });

  it('has an error-rate rule for every error code (none for notices), linking its runbook and reference page', () => {
    for (const entry of builtinCatalog.entries) {
      const name = `Errata${entry.code
        .toLowerCase()
        .split('_')
        .map((w) => w[0]?.toUpperCase() + w.slice(1))
        .join('')}ErrorRate`;
      if (entry.kind !== 'error') {
        expect(yaml).not.toContain(`"${name}"`);
        continue;
      }
      const block = yaml.slice(yaml.indexOf(`alert: "${name}"`), yaml.indexOf('- alert:', yaml.indexOf(`alert: "${name}"`) + 1));
      const threshold = errorRateThresholds[entry.status >= 500 ? 'server' : 'client'][entry.severity];
      expect(block).toContain(`errata_errors_total{code=\\"${entry.code}\\"}`);
      expect(block).toContain(`> ${threshold}`);
      expect(block).toContain(`runbook_url: ${JSON.stringify(entry.operator.runbook)}`);
      expect(block).toContain(`reference_url: "${base}${entry.code.toLowerCase().replaceAll('_', '-')}"`);
    }
  });

  it('adds dependency down (with each dependency’s own code), fallback rate, render and store failure rules', () => {
    const ops = createOps({ dependencies: [{ name: 'search' }, { name: 'primary-db', code: 'MAINTENANCE', banner: 'READ_ONLY' }] });
    const withDependencies = ops.alertRules({ referenceBaseUrl: base });
    for (const alert of ['ErrataDependencyDown', 'ErrataDependencyDownPrimaryDb', 'ErrataFallbackRate', 'ErrataRenderFailures', 'ErrataStoreFailures']) {
      expect(withDependencies).toContain(`alert: "${alert}"`);
    }
    expect(withDependencies).toContain('errata_dependency_up{dependency=\\"primary-db\\"}');
    expect(check(withDependencies).status).toBe(0);
  });

  it('keeps catalog text from changing the file’s structure', () => {
    const entries = builtinCatalog.entries.map((e) =>
      e.code === 'CONFLICT' ? { ...e, operator: { ...e.operator, summary: 'x"\n  - alert: Injected\n    expr: vector(1)', runbook: 'https://x/"\n' } } : e,
    );
    // Only what alertRules reads: the entries, and lookups for the dependency rules' links.
    const hostile = { entries, has: (code: string) => builtinCatalog.has(code), get: (code: string) => builtinCatalog.get(code as never) };
    const text = alertRules(hostile as unknown as typeof builtinCatalog);
    expect(text).not.toMatch(/^\s+- alert: Injected/m);
    expect(check(text).status).toBe(0);
  });
});
