import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalog, lintMessage, lintReportSummary, readingGrade, rules, type LintableEntry, type LintableMessageSet } from './index.js';

const good: LintableMessageSet = {
  title: 'We could not save your changes',
  description: 'The connection dropped before your changes reached us.',
  nextSteps: ['Check your connection, then try again.'],
  alternative: 'If this keeps happening, <link>contact support</link>.',
};

function entry(code: string, overrides: Partial<LintableMessageSet> = {}, meta: Partial<LintableEntry> = {}): LintableEntry {
  const set = { ...good, ...overrides };
  return { code, status: 400, cause: 'client', severity: 'low', causeKnown: true, ...meta, messages: { en: { friendly: set, neutral: set, formal: set } } };
}

const ids = (fs: readonly { ruleId: string }[]): string[] => [...new Set(fs.map((f) => f.ruleId))].sort();

describe('the examples the issue says must be rejected', () => {
  it.each([
    ['an exclamation mark', { title: 'We could not save your changes!' }, 'MC-01', 'error'],
    ['"oops"', { title: 'Oops, that did not work' }, 'TN-04', 'error'],
    ['blame', { description: 'You entered an invalid postal code.' }, 'TN-02', 'error'],
    ['"HTTP 503"', { description: 'HTTP 503 means the service did not answer.' }, 'TN-01', 'error'],
    ['"exception"', { description: 'An exception stopped the save.' }, 'TN-01', 'error'],
    [
      'a 26-word sentence',
      {
        description:
          'The connection between your browser and our service dropped for a moment while we were saving the changes that you made to this document a minute ago.',
      },
      'LN-03',
      'error',
    ],
    ['a missing next step', { nextSteps: [] }, 'ST-01', 'error'],
    ['"please" in the neutral tone', { nextSteps: ['Please check your connection, then try again.'] }, 'TN-06', 'error'],
  ] as const)('%s', (_name, overrides, ruleId, severity) => {
    const found = lintMessage({ ...good, ...overrides }, { tone: 'neutral' });
    expect(found.filter((f) => f.ruleId === ruleId && f.severity === severity)).not.toEqual([]);
    expect(lintMessage(good, { tone: 'neutral' }).filter((f) => f.ruleId === ruleId)).toEqual([]);
  });
});

describe('what a brand writing its own catalog reported', () => {
  it('does not read reassurance about the person as blame', () => {
    for (const tone of ['friendly', 'neutral', 'formal'] as const) {
      const found = lintMessage({ ...good, description: 'You have not been charged and your basket is saved.' }, { tone });
      expect(found.filter((f) => f.ruleId === 'TN-02')).toEqual([]);
    }
  });

  it('takes "Contact support" and "contact support" as the same help wording', () => {
    const help = (code: string, alternative: string) => entry(code, { alternative }, { links: { alternative: 'support' } });
    const report = lintCatalog([
      help('A', '<link>Contact support</link> if you need help.'),
      help('B', 'If this keeps happening, <link>contact support</link>.'),
      help('C', 'If you are stuck, <link>contact support</link>.'),
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'ST-04')).toEqual([]);
  });

  it('judges "rechazado", "abgelehnt" and "declined" alike', () => {
    const harsh = (locale: string, description: string) => lintMessage({ ...good, description }, { locale }).filter((f) => f.ruleId === 'TN-03');
    expect(harsh('en', 'Your bank declined the payment.')).toEqual([]);
    expect(harsh('es', 'Su banco ha rechazado el pago.')).toEqual([]);
    expect(harsh('de', 'Ihre Bank hat die Zahlung abgelehnt.')).toEqual([]);
    // "Denied" is harsh in every language.
    expect(harsh('en', 'Access was denied.')).not.toEqual([]);
    expect(harsh('es', 'El acceso fue denegado.')).not.toEqual([]);
    expect(harsh('de', 'Der Zugriff wurde verweigert.')).not.toEqual([]);
  });
});

describe('masking and branches', () => {
  it('lints each plural branch on its own and names the branch', () => {
    const found = lintMessage({ ...good, nextSteps: ['Wait {n, plural, one {# second!} other {# seconds}}, then try again.'] });
    const shout = found.filter((f) => f.ruleId === 'MC-01');
    expect(shout).toHaveLength(1);
    expect(shout[0]!.branch).toBe('n=one');
  });

  it('does not read placeholder values as prose', () => {
    // A phone number value would look like a status code; a masked placeholder cannot.
    expect(ids(lintMessage({ ...good, alternative: 'Call us on {supportPhone} if this keeps happening.' }))).not.toContain('TN-01');
    expect(ids(lintMessage({ ...good, description: 'Error 503 happened.' }))).toContain('TN-01');
  });

  it('checks the T–V address in every branch and names the branch it found', () => {
    const es: LintableMessageSet = {
      title: 'No pudimos guardar los cambios',
      description: 'La conexión se cortó. {answersSaved, select, yes {Hemos guardado tus respuestas.} other {No hemos guardado los cambios.}}',
      nextSteps: ['Compruebe su conexión e inténtelo de nuevo.'],
    };
    const tv = lintMessage(es, { locale: 'es', tone: 'friendly' }).filter((f) => f.ruleId === 'TN-09' && f.severity === 'error');
    expect(tv.map((f) => [f.field, f.branch, f.text])).toEqual([['description', 'answersSaved=yes', 'tus']]);
    // Text outside the select is in every branch: one finding, with no branch named.
    const shared = lintMessage({ ...es, description: `Tu conexión se cortó. ${es.description.split('. ')[1]}` }, { locale: 'es', tone: 'friendly' }).filter(
      (f) => f.ruleId === 'TN-09' && f.severity === 'error',
    );
    expect(shared.map((f) => [f.text, f.branch])).toEqual([
      ['Tu', undefined],
      ['tus', 'answersSaved=yes'],
    ]);
    // The brand may choose tú for the friendly tone; the branch is then fine, as long as the rest
    // of the message says tú too (here the step says usted).
    const informal = { informalAddress: ['es'] };
    expect(
      lintMessage(es, { locale: 'es', tone: 'friendly' }, informal)
        .filter((f) => f.ruleId === 'TN-09')
        .map((f) => f.field),
    ).toEqual(['*']);
    const tu = { ...es, nextSteps: ['Comprueba tu conexión e inténtalo de nuevo.'] };
    expect(lintMessage(tu, { locale: 'es', tone: 'friendly' }, informal).filter((f) => f.ruleId === 'TN-09')).toEqual([]);
  });

  it('treats tag contents as prose', () => {
    const found = lintMessage({ ...good, alternative: 'If this keeps happening, <link>contact support!</link>.' });
    expect(found.filter((f) => f.ruleId === 'MC-01')).not.toEqual([]);
  });
});

describe('languages', () => {
  it('runs English-only rules on English only', () => {
    const german: LintableMessageSet = {
      title: 'Änderungen nicht gespeichert',
      description: 'Sie entered die Daten. Unvorhergesehene organisatorische Umstrukturierungsmaßnahmen erforderten die Deaktivierung.',
      nextSteps: ['Versuchen Sie es erneut.'],
    };
    const english = new Set<string>(rules.filter((r) => r.englishOnly).map((r) => r.id));
    expect(lintMessage(german, { locale: 'de' }).filter((f) => english.has(f.ruleId))).toEqual([]);
  });

  it('tells the interjection “vaya” from the imperative of “ir” (TN-04 report)', () => {
    const es = (nextSteps: string[], title = 'No pudimos guardar los cambios'): string[] =>
      lintMessage({ title, description: 'La conexión se cortó antes de que los cambios llegaran.', nextSteps }, { locale: 'es' })
        .filter((f) => f.ruleId === 'TN-04')
        .map((f) => f.text);
    expect(es(['Vaya a la página de inicio.'])).toEqual([]);
    expect(es(['Vaya a la página de inicio.'], 'Vaya, no pudimos guardar los cambios')).toEqual(['Vaya']);
  });

  it('finds an Arabic instruction after a conditional opening and with joined letters', () => {
    const ar = (nextSteps: string[]): number =>
      lintMessage({ title: 'لم نتمكن من حفظ التغييرات', description: 'انقطع الاتصال قبل أن تصل التغييرات إلينا.', nextSteps }, { locale: 'ar' }).filter(
        (f) => f.ruleId === 'ST-02',
      ).length;
    expect(ar(['إذا استمرت المشكلة، حاول مرة أخرى.'])).toBe(0);
    expect(ar(['إذا كان النص طويلًا، فاحفظه في ملف.'])).toBe(0);
    expect(ar(['إذا استمرت المشكلة، فالصفحة قد تعمل لاحقًا.'])).toBe(1);
  });

  it('checks word lists and punctuation in every locale', () => {
    const found = lintMessage({ title: '¡Ups!', description: 'El código postal es inválido.', nextSteps: ['Inténtelo de nuevo.'] }, { locale: 'es' });
    expect(ids(found)).toEqual(expect.arrayContaining(['MC-01', 'TN-03', 'TN-04']));
  });
});

describe('copy without values', () => {
  const timed: Partial<LintableMessageSet> = {
    title: 'Too many attempts',
    description: 'We paused access from your device for a short time.',
    nextSteps: ['Wait {seconds, plural, one {# second} other {# seconds}}, then <link>try again</link>.'],
  };
  const limited = (withoutValues: LintableMessageSet['withoutValues']) =>
    entry('LIMITED', { ...timed, withoutValues }, { status: 429, args: { seconds: 'number' } });

  it('is linted as the page shows it, under its own field names, each problem once', () => {
    const report = lintCatalog([limited({ nextSteps: ['Oops! That was invalid.'] })], { tones: ['neutral'] });
    const findings = report.findings.map((f) => `${f.ruleId} ${f.field}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        'ST-02 withoutValues.nextSteps',
        'TN-03 withoutValues.nextSteps[0]',
        'TN-04 withoutValues.nextSteps[0]',
        'MC-01 withoutValues.nextSteps[0]',
      ]),
    );
    // The title and help line are the set's own: not reported again for the copy without values.
    expect(report.findings.every((f) => f.field.startsWith('withoutValues.') || !f.field.startsWith('title'))).toBe(true);
    expect(report.messages).toHaveLength(1);
  });

  it('needs no time of its own (ST-03), and good copy passes', () => {
    const report = lintCatalog([limited({ nextSteps: ['Wait a short while, then <link>try again</link>.'] })], { tones: ['neutral'] });
    expect(lintReportSummary(report)).toMatchObject({ errors: 0, warnings: 0 });
    expect(lintMessage({ ...good, withoutValues: { description: 'Sorry, sorry, we regret this. Oops.' } }).map((f) => f.field)).toContain(
      'withoutValues.description',
    );
  });
});

describe('suppressions', () => {
  const passive = { ...good, description: 'The page could not be found.' };

  it('reports a suppressed finding as suppressed, not counted', () => {
    const report = lintCatalog([
      entry('A_ERROR', { ...passive, suppress: [{ rule: 'MC-03', field: 'description', reason: 'Active voice would make the person the subject.' }] }),
    ]);
    const mc03 = report.findings.filter((f) => f.ruleId === 'MC-03');
    expect(mc03.length).toBeGreaterThan(0);
    expect(mc03.every((f) => f.suppressed?.reason === 'Active voice would make the person the subject.')).toBe(true);
    const summary = lintReportSummary(report);
    expect(summary.suppressed).toBe(mc03.length);
    expect(summary.infos).toBe(report.findings.filter((f) => f.severity === 'info' && !f.suppressed).length);
  });

  it('matches a rule by name and a field prefix', () => {
    const found = lintMessage({
      ...good,
      nextSteps: ['Simply try again.'],
      suppress: [{ rule: 'tone/no-condescension', field: 'nextSteps', reason: 'Quoted from the partner’s own wording.' }],
    });
    expect(found.filter((f) => f.ruleId === 'TN-08').every((f) => f.suppressed)).toBe(true);
  });

  it('does not suppress another field', () => {
    const found = lintMessage({ ...passive, suppress: [{ rule: 'MC-03', field: 'title', reason: 'Titles only.' }] });
    expect(found.filter((f) => f.ruleId === 'MC-03' && !f.suppressed)).not.toEqual([]);
  });

  it('makes a suppression without a reason an error and leaves the finding counted', () => {
    const found = lintMessage({ ...passive, suppress: [{ rule: 'MC-03', reason: '  ' }] });
    expect(found.some((f) => f.ruleId === 'SP-01' && f.severity === 'error')).toBe(true);
    expect(found.filter((f) => f.ruleId === 'MC-03' && !f.suppressed)).not.toEqual([]);
  });
});

describe('lintCatalog', () => {
  it('reports each missing locale (CV-01) and tone (CV-02) as a warning, and no neutral to fall back to as ST-01', () => {
    const e = entry('A_ERROR');
    const partial: LintableEntry = { ...e, messages: { en: { neutral: good }, 'de-CH': { friendly: good } } };
    const catalog = { codes: ['A_ERROR'], locales: ['en', 'de', 'de-CH'], get: () => partial };
    const gaps = lintCatalog(catalog).findings.filter((f) => ['CV-01', 'CV-02', 'ST-01'].includes(f.ruleId));
    expect(gaps.map((f) => `${f.ruleId} ${f.severity} ${f.locale}/${f.tone}`).sort()).toEqual([
      'CV-01 warning de/neutral',
      'CV-02 warning en/formal',
      'CV-02 warning en/friendly',
      'ST-01 error de-CH/formal',
      'ST-01 error de-CH/neutral',
    ]);
    const [translation] = gaps.filter((f) => f.ruleId === 'CV-01');
    expect(translation?.message).toContain('de readers see the en copy');
    expect(translation?.url).toMatch(/#cv-01$/);
  });

  it('filters by locale and tone and gives a reading grade per English message', () => {
    const report = lintCatalog([entry('A_ERROR'), entry('B_ERROR')], { tones: ['formal'] });
    expect(report.messages.map((m) => `${m.code}/${m.tone}`)).toEqual(['A_ERROR/formal', 'B_ERROR/formal']);
    expect(report.messages.every((m) => typeof m.grade === 'number')).toBe(true);
    expect(lintReportSummary(report).messages).toBe(2);
  });

  it('never throws on malformed input', () => {
    const broken = {
      code: 'X',
      status: 400,
      cause: 'client',
      severity: 'low',
      causeKnown: true,
      messages: { en: { neutral: { title: 42, nextSteps: 'nope' } } },
    } as unknown as LintableEntry;
    const report = lintCatalog([broken]);
    expect(report.findings.some((f) => f.ruleId === 'ST-01' && f.severity === 'error')).toBe(true);
  });

  it('points every finding at its rule in the tone guide, with a configurable base', () => {
    const found = lintMessage({ ...good, title: 'Oops' }, {}, { guideUrl: 'https://example.com/tone' });
    expect(found.find((f) => f.ruleId === 'TN-04')?.url).toBe('https://example.com/tone#tn-04');
  });
});

describe('readingGrade', () => {
  it('separates boilerplate from plain copy as calibrated in the tone rules', () => {
    expect(
      readingGrade('The service is temporarily unavailable due to scheduled maintenance. We apologize for any inconvenience this may cause.'),
    ).toBeGreaterThan(12);
    expect(readingGrade('The connection dropped before your changes reached us. Check your connection, then try again.')).toBeLessThan(7);
    expect(readingGrade('')).toBe(0);
  });
});

describe('browser safety', () => {
  it('src/lint imports no Node built-ins (Storybook bundles it for the browser)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(import.meta.dirname);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"](node:|fs['"]|path['"])/);
  });
});
