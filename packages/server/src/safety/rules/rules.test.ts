import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { secretKinds, secrets } from '@errata/test/corpora';
import { createRedactor, REDACTED } from '../redact.js';
import { compiledRules, dataRules, ruleSources, rulesFor } from './index.js';
import { esNieLength, esNifLength, ibanLength, passesLuhn, ssnLength } from './validators.js';

const redactor = createRedactor();
/** Kinds errata's own rules (redact-text.ts) declare, besides the data rules' kinds. */
const ownKinds = ['oauth-callback'];

describe('rule data', () => {
  it('names a source with a version and a licence for every rule', () => {
    for (const rule of dataRules) {
      const source = ruleSources[rule.source];
      expect(source, rule.id).toBeDefined();
      expect(source?.version, rule.id).toMatch(/^v?\d+\.\d+/);
      expect(source?.licence, rule.id).toMatch(/^(MIT|Apache-2\.0)$/);
      expect(source?.copyright, rule.id).toMatch(/^Copyright/);
    }
    expect(new Set(dataRules.map((rule) => rule.id)).size).toBe(dataRules.length);
  });

  it('keeps keywords in lower case, since they are looked up in lower-cased text', () => {
    for (const rule of dataRules) for (const keyword of rule.keywords) expect(keyword, rule.id).toBe(keyword.toLowerCase());
  });

  it('runs a rule whenever the text holds one of its keywords, also inside a longer keyword', () => {
    const all = [...new Set(compiledRules.flatMap((rule) => rule.keywords))];
    for (const rule of compiledRules) {
      for (const keyword of rule.keywords) {
        for (const text of [keyword, `x${keyword}x`, ...all.filter((other) => other.includes(keyword))])
          expect(rulesFor(text), `${rule.id} in ${text}`).toContain(rule);
      }
    }
    expect(rulesFor('nothing to see here').every((rule) => rule.keywords.length === 0)).toBe(true);
  });

  it('has a corpus of at least five realistic samples and three near-misses for every kind', () => {
    const kinds = new Set([...dataRules.map((rule) => rule.kind), ...ownKinds]);
    const counts = Object.fromEntries(secretKinds.map((entry) => [entry.kind, [entry.samples.length, entry.nearMisses.length]]));
    for (const kind of kinds) {
      expect(counts[kind]?.[0] ?? 0, `samples of ${kind}`).toBeGreaterThanOrEqual(5);
      expect(counts[kind]?.[1] ?? 0, `near-misses of ${kind}`).toBeGreaterThanOrEqual(3);
    }
    // And no corpus kind that no rule declares (a renamed kind would leave its corpus untested).
    for (const entry of secretKinds) expect(kinds.has(entry.kind), entry.kind).toBe(true);
  });
});

describe.each(secretKinds.map((entry) => [entry.kind, entry] as const))('kind %s', (_kind, { samples, nearMisses }) => {
  it.each(samples.map((sample) => [sample.secret, sample] as const))('blanks %s', (secret, { text }) => {
    const output = redactor.string(text);
    expect(output).not.toContain(secret);
    expect(output).toContain(REDACTED);
    // Idempotent: a second pass finds nothing more to blank.
    expect(redactor.string(output)).toBe(output);
  });

  it.each(nearMisses)('leaves %s', (text) => {
    expect(redactor.string(text)).toBe(text);
  });
});

describe('validators', () => {
  it('Luhn', () => {
    expect(passesLuhn('4242 4242 4242 4242')).toBe(true);
    expect(passesLuhn('4242 4242 4242 4241')).toBe(false);
  });

  it('IBAN: the country length, format and mod-97, and only the IBAN part of a longer match', () => {
    expect(ibanLength('DE89 3704 0044 0532 0130 00')).toBe(27);
    expect(ibanLength('DE89 3704 0044 0532 0130 00 EUR')).toBe(27);
    expect(ibanLength('DE89 3704 0044 0532 0130 01')).toBe(0);
    expect(ibanLength('XX89 3704 0044 0532 0130 00')).toBe(0);
    expect(ibanLength('DE89 3704 0044 0532 01')).toBe(0);
  });

  it('SSN: one delimiter kind, no zero groups, no example or never-issued areas', () => {
    expect(ssnLength('536-22-8143')).toBe(11);
    expect(ssnLength('536-22 8143')).toBe(0);
    expect(ssnLength('536-00-8143')).toBe(0);
    expect(ssnLength('536-22-0000')).toBe(0);
    expect(ssnLength('666-22-8143')).toBe(0);
    expect(ssnLength('078-05-1120')).toBe(0);
    expect(ssnLength('111-11-1111')).toBe(0);
  });

  it('Spanish DNI/NIF and NIE control letters', () => {
    expect(esNifLength('12345678Z')).toBe(9);
    expect(esNifLength('12345678-Z')).toBe(10);
    expect(esNifLength('12345678A')).toBe(0);
    expect(esNieLength('X1234567L')).toBe(9);
    expect(esNieLength('X1234567A')).toBe(0);
  });
});

describe('every pattern stays linear', () => {
  // recheck (a ReDoS checker) searches for an input that makes a pattern backtrack more than
  // linearly. Checked without the leading `(?<!…)`: it only narrows where a match may start,
  // cannot add backtracking, and would send recheck to its randomised checker. Deterministic:
  // the automaton checker takes no seed.
  it.each(compiledRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const body = rule.regex.source.replace(/^\(\?<!\[[^\]]*\]\)/, '');
    const verdict = checkSync(body, rule.regex.flags.replace('g', ''), { checker: 'automaton', timeout: 10_000 });
    expect(verdict.status, `${verdict.status} ${verdict.status === 'vulnerable' ? verdict.complexity.type : ''}`).toBe('safe');
  });

  // And by running them on what would hurt a backtracking pattern: each rule's own keyword
  // followed by a long almost-match, repeated to the 64 KiB cap. A generous guard: linear
  // patterns take a few ms here; a backtracking one takes seconds.
  it('on adversarial 64 KiB inputs, every rule at once', () => {
    const runs = ['a', '0', 'A', 'A1 ', '0-', 'aA0_-.', '= ', '%3D', 'SG.a', 'dapi0', 'xoxb-1', 'DE89 ', 'AccountKey='];
    const hostile = [
      ...compiledRules.flatMap((rule) => rule.keywords.map((keyword) => `${keyword}${'a0A_-'.repeat(40)}`.repeat(400))),
      ...runs.map((run) => run.repeat(Math.ceil(65_536 / run.length))),
    ];
    let slowest = 0;
    for (const input of hostile) {
      // Best of three, so a GC pause or a busy machine is not taken for backtracking (which
      // costs seconds on every try).
      let fastest = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3 && fastest > 20; round += 1) {
        const started = performance.now();
        redactor.string(input);
        fastest = Math.min(fastest, performance.now() - started);
      }
      slowest = Math.max(slowest, fastest);
    }
    console.log(`linearity: ${hostile.length} adversarial inputs, slowest redaction ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(500);
  });
});

describe('older corpus', () => {
  it('still reads every negative control unchanged', () => {
    for (const { value } of secrets.nonSecrets) expect(redactor.string(value)).toBe(value);
  });
});
