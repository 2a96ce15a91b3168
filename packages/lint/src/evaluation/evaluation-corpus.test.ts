// The project's evaluation corpus (packages/lint/evaluation): big enough to mean something, every
// rule measured on it, and the linter at the project's bar in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpora, readEvaluationCorpus, rules, type EvaluationCorpus, type EvaluationReport } from '../index.js';

const dir = join(import.meta.dirname, '..', '..', 'evaluation');

describe('the evaluation corpus', () => {
  let corpora: EvaluationCorpus[];
  let report: EvaluationReport;
  beforeAll(() => {
    corpora = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readEvaluationCorpus(JSON.parse(readFileSync(join(dir, f), 'utf8')), f));
    report = evaluateCorpora(corpora);
  });

  it('has at least 150 good and 150 bad English messages, and 30 of each in Spanish and German', () => {
    const count = (locale: string, verdict: string) =>
      corpora.filter((c) => c.locale === locale).flatMap((c) => c.items.filter((i) => i.verdict === verdict)).length;
    for (const [locale, least] of [
      ['en', 150],
      ['es', 30],
      ['de', 30],
    ] as const) {
      expect(count(locale, 'good'), `${locale} good`).toBeGreaterThanOrEqual(least);
      expect(count(locale, 'bad'), `${locale} bad`).toBeGreaterThanOrEqual(least);
    }
  });

  it('labels at least one bad message with every rule, so every rule is measured', () => {
    for (const rule of rules) expect(report.all.rules.find((s) => s.ruleId === rule.id)!.labelled, rule.id).toBeGreaterThan(0);
  });

  it('gets an error on at least 97% of bad messages and on at most 3% of good ones, in every language', () => {
    for (const l of report.languages) {
      expect(l.bad.withError / l.bad.total, `${l.language}: bad messages with an error`).toBeGreaterThanOrEqual(report.target);
      expect(l.good.withoutError / l.good.total, `${l.language}: good messages with no error`).toBeGreaterThanOrEqual(report.target);
    }
    expect(report.languages.map((l) => l.language)).toEqual(['en', 'de', 'es']);
  });
});
