import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '@errata/test/repo';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anchorOf,
  evaluateCorpora,
  formatLanguageFigures,
  formatRuleFigures,
  readEvaluationCorpus,
  rules,
  toneGuideUrl,
  type EvaluationReport,
} from './index.js';

const guide = readFileSync(repoPath('docs/tone-guide.md'), 'utf8');

/** The guide's text for one rule: from its anchor to the next one. */
function section(ruleId: string): string {
  const start = guide.indexOf(`<a id="${anchorOf(ruleId)}"></a>`);
  const next = guide.indexOf('<a id="', start + 1);
  return guide.slice(start, next === -1 ? undefined : next);
}

describe('docs/tone-guide.md', () => {
  it.each(rules.map((r) => [r.id, r] as const))('documents %s under the anchor finding urls use', (_id, rule) => {
    expect(guide).toContain(`<a id="${anchorOf(rule.id)}"></a>`);
    expect(guide).toContain(rule.name);
  });

  it('is where finding urls point: this file, in the repository the package names', () => {
    const pkg = JSON.parse(readFileSync(repoPath('packages/lint/package.json'), 'utf8')) as { repository: { url: string } };
    const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(toneGuideUrl).toBe(`${repository}/blob/main/docs/tone-guide.md`);
  });
});

describe("the tone guide's figures are what the evaluation corpus measures now", () => {
  let report: EvaluationReport;
  beforeAll(() => {
    const dir = join(import.meta.dirname, '..', 'evaluation');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    report = evaluateCorpora(files.map((f) => readEvaluationCorpus(JSON.parse(readFileSync(join(dir, f), 'utf8')), f)));
  });

  it.each(rules.map((r) => [r.id] as const))('%s states its measured precision and recall', (id) => {
    const score = report.all.rules.find((s) => s.ruleId === id)!;
    expect(section(id)).toContain(`- **Measured:** ${formatRuleFigures(score)} on the evaluation corpus.`);
  });

  it('states, per language, how many bad messages get an error and good ones get none', () => {
    for (const language of report.languages) {
      const [, bad, good] = /^bad with an error (.+), good with no error (.+)$/.exec(formatLanguageFigures(language))!;
      expect(guide).toMatch(
        new RegExp(`^\\| ${language.language} \\|.*\\| ${bad!.replace(/[()./]/g, '\\$&')} \\| ${good!.replace(/[()./]/g, '\\$&')} \\|$`, 'm'),
      );
    }
  });
});
