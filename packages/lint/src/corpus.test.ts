// The rule corpus: for every rule, copy that must trigger it and good copy that must not.
// Cases live in ./corpus/*.json so designers can add examples without touching code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tones, type Tone } from '@errata/catalog';
import { lintCatalog, lintMessage, rules, type LintableEntry, type LintableMessageSet, type LintFinding, type LintOptions } from './index.js';

type Partial = Record<string, unknown>;
interface EntryCase extends Partial {
  code: string;
  messages?: Record<string, Record<string, Partial>>;
  /** The locales and tones the entry is written in (from the base messages); default every tone of en. */
  written?: Record<string, Tone[]>;
}
interface Case {
  note: string;
  locale?: string;
  tone?: Tone;
  entry?: Partial;
  message?: Partial;
  entries?: EntryCase[];
  options?: LintOptions;
  severity?: 'error' | 'warning' | 'info';
}
interface RuleCases {
  rule: string;
  catalog?: boolean;
  trigger: Case[];
  pass: Case[];
}

const dir = join(import.meta.dirname, 'corpus');
const base = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as Record<string, LintableMessageSet>;
const groups = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'base.json')
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RuleCases[]);

const MESSAGE_KEYS = ['title', 'description', 'nextSteps', 'alternative', 'suppress'];

function messageFrom(locale: string, overrides: Partial = {}): LintableMessageSet {
  const merged: Record<string, unknown> = { ...base[locale] };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  return merged as unknown as LintableMessageSet;
}

function entriesFrom(list: EntryCase[]): LintableEntry[] {
  return list.map(({ code, messages, written = { en: [...tones] }, ...rest }) => {
    const shared = Object.fromEntries(Object.entries(rest).filter(([k]) => MESSAGE_KEYS.includes(k)));
    const meta = Object.fromEntries(Object.entries(rest).filter(([k]) => !MESSAGE_KEYS.includes(k)));
    const byLocale = Object.fromEntries(
      Object.entries(written).map(([locale, toneList]) => [
        locale,
        Object.fromEntries(toneList.map((t) => [t, messageFrom(locale, { ...(locale === 'en' ? shared : {}), ...(messages?.[locale]?.[t] ?? {}) })])),
      ]),
    );
    return { code, status: 400, cause: 'client', severity: 'low', causeKnown: true, ...meta, messages: byLocale } as LintableEntry;
  });
}

function run(c: Case): LintFinding[] {
  if (c.entries) return [...lintCatalog(entriesFrom(c.entries), c.options).findings];
  const locale = c.locale ?? 'en';
  return lintMessage(messageFrom(locale, c.message), { locale, tone: c.tone ?? 'neutral', entry: c.entry as never }, c.options);
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

const show = (fs: readonly LintFinding[]): string => fs.map((f) => `${f.ruleId} ${f.severity} ${f.field}: ${f.message}`).join('\n') || '(none)';

describe('rule corpus', () => {
  it.each(Object.keys(base).filter((k) => !k.startsWith('$')))('the %s base message lints clean', (locale) => {
    for (const tone of tones) {
      // Infos are suggestions (e.g. "add a contraction" in the friendly tone), not faults.
      const found = lintMessage(messageFrom(locale), { locale, tone }).filter((f) => f.severity !== 'info');
      expect(found, show(found)).toEqual([]);
    }
  });

  it('has trigger and pass cases for every rule', () => {
    for (const rule of rules) {
      const cases = groups.filter((g) => g.rule === rule.id);
      expect(cases.flatMap((g) => g.trigger).length, `${rule.id} trigger cases`).toBeGreaterThan(0);
      expect(cases.flatMap((g) => g.pass).length, `${rule.id} pass cases`).toBeGreaterThan(0);
    }
  });

  for (const group of groups) {
    describe(group.rule, () => {
      it.each(group.trigger.map((c) => [c.note, c] as const))('triggers on: %s', (_note, c) => {
        const found = run(c).filter((f) => f.ruleId === group.rule && !f.suppressed);
        const matching = c.severity ? found.filter((f) => f.severity === c.severity) : found;
        expect(matching.length, show(run(c))).toBeGreaterThan(0);
        for (const f of matching) expect(f.url).toBe(`https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md#${group.rule.toLowerCase()}`);
      });
      // A pass case with a severity only rules out findings at that level or above.
      it.each(group.pass.map((c) => [c.note, c] as const))('passes: %s', (_note, c) => {
        const found = run(c).filter((f) => f.ruleId === group.rule && !f.suppressed && (!c.severity || RANK[f.severity] <= RANK[c.severity]));
        expect(found, show(found)).toEqual([]);
      });
    });
  }
});
