// The evaluator's arithmetic, on a few messages whose findings are obvious: what counts as caught,
// as a false alarm, and as a rule's hit.
import { describe, expect, it } from 'vitest';
import { evaluateCorpora, formatEvaluation, readEvaluationCorpus, type EvaluationReport, type RuleScore } from '../index.js';

const clean = {
  title: 'We could not save your changes',
  description: 'The connection dropped before your changes reached us.',
  nextSteps: ['Check your connection, then try again.'],
};

const corpus = readEvaluationCorpus(
  {
    locale: 'en',
    items: [
      { id: 'good-clean', verdict: 'good', tone: 'neutral', ...clean },
      { id: 'good-shouting', verdict: 'good', tone: 'neutral', ...clean, title: 'We could not save your changes!' },
      { id: 'bad-oops', verdict: 'bad', breaks: ['TN-04'], tone: 'friendly', ...clean, title: 'Oops, that did not work' },
      { id: 'bad-missed', verdict: 'bad', breaks: ['TN-04'], tone: 'friendly', ...clean },
      { id: 'bad-warning', verdict: 'bad', breaks: ['TN-08'], expect: 'warning', tone: 'neutral', ...clean, nextSteps: ['Simply try again.'] },
    ],
  },
  'test.json',
);

const rule = (report: EvaluationReport, id: string): RuleScore => report.all.rules.find((r) => r.ruleId === id)!;

describe('evaluateCorpora', () => {
  const report = evaluateCorpora([corpus]);
  const [en] = report.languages;

  it('counts bad messages with an error and good messages with none, per language', () => {
    expect(report.languages.map((l) => l.language)).toEqual(['en']);
    expect(en!.bad).toEqual({ total: 2, withError: 1 });
    expect(en!.good).toMatchObject({ total: 2, withoutError: 1 });
    expect(en!.badBelowError).toEqual({ total: 1, flagged: 1 });
    expect(en!.meetsTarget).toBe(false);
  });

  it('scores each rule against the labels: a hit, a miss and a false alarm', () => {
    expect(rule(report, 'TN-04')).toMatchObject({ labelled: 2, flagged: 1, correct: 1, precision: 1, recall: 0.5 });
    // MC-01 fired on a good message and on no labelled one.
    expect(rule(report, 'MC-01')).toMatchObject({ labelled: 0, flagged: 1, correct: 0, precision: 0, recall: null });
    expect(rule(report, 'TN-08')).toMatchObject({ labelled: 1, correct: 1, recall: 1 });
  });

  it('meets the target when every bad message gets an error and no good one does', () => {
    const fine = readEvaluationCorpus({ ...corpus, items: corpus.items.filter((i) => i.id === 'good-clean' || i.id === 'bad-oops') }, 'fine.json');
    expect(evaluateCorpora([fine]).all.meetsTarget).toBe(true);
  });

  it('measures a rule on its infos when the guide makes every breach of it an info', () => {
    const passive = readEvaluationCorpus(
      {
        locale: 'en',
        items: [{ id: 'p', verdict: 'bad', breaks: ['MC-03'], expect: 'info', tone: 'neutral', ...clean, description: 'The offer was withdrawn by the bank.' }],
      },
      'p.json',
    );
    expect(rule(evaluateCorpora([passive]), 'MC-03')).toMatchObject({ measuredAt: 'info', correct: 1 });
  });

  it('lints a catalog item as one catalog, so consistent help compares its codes', () => {
    const entry = (code: string, link: string) => ({
      code,
      entry: { links: { alternative: 'support' } },
      ...clean,
      alternative: `If you need help, <link>${link}</link>.`,
    });
    const help = readEvaluationCorpus(
      {
        locale: 'en',
        items: [
          {
            id: 'mixed-help',
            verdict: 'bad',
            breaks: ['ST-04'],
            expect: 'warning',
            tone: 'neutral',
            entries: [entry('A', 'contact support'), entry('B', 'contact support'), entry('C', 'ask our helpdesk')],
          },
        ],
      },
      'help.json',
    );
    expect(rule(evaluateCorpora([help]), 'ST-04')).toMatchObject({ labelled: 1, correct: 1 });
  });

  it('prints the figures and names the messages it got wrong', () => {
    const text = formatEvaluation(report);
    expect(text).toMatch(/^en +1\/2 50\.0% +1\/2 50\.0%/m);
    expect(text).toMatch(/^TN-04 +tone\/no-humour +en +2 +1 +1 +100\.0% +50\.0%$/m);
    expect(text).toContain('bad-missed breaks TN-04: the linter said nothing');
    expect(text).toContain('good-shouting: errors MC-01');
  });
});

describe('readEvaluationCorpus', () => {
  it('lists every problem of a malformed corpus, by item', () => {
    const read = () =>
      readEvaluationCorpus(
        {
          locale: 'en',
          items: [
            { id: 'a', verdict: 'bad', tone: 'neutral', ...clean },
            { id: 'a', verdict: 'maybe', tone: 'loud', ...clean },
            { id: 'b', verdict: 'good', breaks: ['TN-99'], tone: 'formal', title: 'x', nextSteps: 'Try again.' },
          ],
        },
        'broken.json',
      );
    expect(read).toThrow(/broken\.json is not a valid evaluation corpus/);
    try {
      read();
    } catch (error) {
      expect((error as { problems: string[] }).problems).toEqual([
        'items[0] (a): a bad item names the rules it breaks in "breaks"',
        'items[1] (a): the id is used twice',
        'items[1] (a): "verdict" must be "good" or "bad"',
        'items[1] (a): "tone" must be one of friendly, neutral, formal',
        'items[2] (b): "breaks" names no known rule: TN-99',
        'items[2] (b): a good item breaks no rule',
        'items[2] (b): "description" must be a string',
        'items[2] (b): "nextSteps" must be a list of strings',
      ]);
    }
  });

  it('refuses what is not a corpus at all', () => {
    expect(() => readEvaluationCorpus([], 'list.json')).toThrow(/must hold an object/);
    expect(() => readEvaluationCorpus({ locale: 'en', items: [] }, 'empty.json')).toThrow(/"items" must be a non-empty list/);
  });
});
