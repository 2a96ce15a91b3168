// Property-based tests (fast-check) of the safety layer and classification: any thrown value is
// normalised without a throw, within bounds and quickly, and classified to a 4xx/5xx catalog
// entry; redaction is idempotent, leaves secret-free text exactly as it was (so never lengthens
// it) and stays fast. Seeds are printed; see @errata/test/fuzz for replaying one.
import { builtinCatalog } from '@errata/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThrown, fuzzRuns, hugeString, thrownRecipe } from '@errata/test/fuzz';
import { secretKinds, secrets } from '@errata/test/corpora';
import { classify } from '../classify.js';
import { limits } from './error-info.js';
import { type ErrorInfo, normalise } from './normalise.js';
import { createRedactor, REDACTED } from './redact.js';

/** Generous: every value here normalises in well under a few ms; a hang or a quadratic walk does not. */
const timeBoundMs = 500;

function checkBounds(info: ErrorInfo, depth = 0): void {
  expect(info.name.length).toBeLessThanOrEqual(limits.name);
  expect(info.message.length).toBeLessThanOrEqual(limits.message);
  expect((info.stack ?? '').length).toBeLessThanOrEqual(limits.stack);
  expect((info.code ?? '').length).toBeLessThanOrEqual(limits.code);
  expect(info.causes.length).toBeLessThanOrEqual(limits.causes);
  if (info.status !== undefined) expect(Number.isInteger(info.status) && info.status >= 400 && info.status <= 599).toBe(true);
  for (const value of Object.values(info.headers)) expect(value).not.toMatch(/[\r\n\u0000]/);
  if (depth === 0) for (const cause of info.causes) checkBounds(cause, 1);
}

// Each property stops at its time limit; the test timeout leaves room for a busy machine.
describe('normalise and classify, any thrown value', { timeout: 60_000 }, () => {
  it('never throws, stays within its bounds and time, and classifies to a 4xx/5xx entry', () => {
    let slowest = 0;
    fc.assert(
      fc.property(thrownRecipe, fc.boolean(), (recipe, stack) => {
        const thrown = buildThrown(recipe);
        const started = performance.now();
        const info = normalise(thrown, { stack });
        const { code, status } = classify(info, { catalog: builtinCatalog, thrown });
        slowest = Math.max(slowest, performance.now() - started);
        checkBounds(info);
        expect(builtinCatalog.has(code)).toBe(true);
        expect(status).toBeGreaterThanOrEqual(400);
        expect(status).toBeLessThanOrEqual(599);
        expect(slowest).toBeLessThan(timeBoundMs);
      }),
      fuzzRuns('normalise+classify', 2000, 10_000),
    );
    console.log(`fuzz normalise+classify: slowest ${slowest.toFixed(1)} ms`);
  });

  it('a classify hook that throws or answers nonsense never breaks classification', () => {
    fc.assert(
      fc.property(thrownRecipe, fc.anything(), fc.boolean(), (recipe, answer, throws) => {
        const thrown = buildThrown(recipe);
        const hook = () => {
          if (throws) throw new Error('hook');
          return answer as never;
        };
        const { status } = classify(normalise(thrown), { catalog: builtinCatalog, hook, thrown });
        expect(status >= 400 && status <= 599).toBe(true);
      }),
      fuzzRuns('classify hook', 500, 10_000),
    );
  });
});

describe('redaction, any text', { timeout: 60_000 }, () => {
  const redactor = createRedactor();
  // Text built from the vocabulary of error messages: words, numbers, dates, paths, URLs with
  // ordinary parameters, and every corpus near-miss and negative control. Joined by ", ": two
  // numbers side by side with only a space between them can be a card number (a Luhn-valid
  // digit run in card grouping is one, as far as any text rule can tell).
  const ordinary = fc
    .array(
      fc.oneof(
        fc.constantFrom(...secretKinds.flatMap((kind) => kind.nearMisses), ...secrets.nonSecrets.map((entry) => entry.value)),
        fc.constantFrom(
          'request',
          'failed',
          'user',
          'order',
          'timeout',
          'connect',
          'refused',
          'at',
          'line',
          'Error:',
          '/srv/app/index.js:12:5',
          'https://example.com/a?page=2',
        ),
        fc.integer({ min: 0, max: 1_000_000 }).map(String),
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString()),
      ),
      { maxLength: 30 },
    )
    .map((words) => words.join(', '));

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), ordinary, fc.constantFrom(...secretKinds.flatMap((k) => k.samples.map((s) => s.text)))),
        (text) => {
          const once = redactor.string(text);
          expect(redactor.string(once)).toBe(once);
        },
      ),
      fuzzRuns('redaction idempotent', 3000, 8_000),
    );
  });

  it('leaves secret-free text as it was, so never lengthens it', () => {
    fc.assert(
      fc.property(fc.oneof(ordinary, fc.string({ unit: 'grapheme', maxLength: 500 })), (text) => {
        const out = redactor.string(text);
        // Whatever it did not blank, it did not touch.
        if (!out.includes(REDACTED)) expect(out).toBe(text);
        expect(out.length <= text.length || out.includes(REDACTED)).toBe(true);
      }),
      fuzzRuns('redaction secret-free', 3000, 8_000),
    );
    // The corpus' ordinary vocabulary is secret-free: none of it may be blanked.
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(redactor.string(text)).toBe(text);
      }),
      fuzzRuns('redaction ordinary text', 1000, 10_000),
    );
  });

  it('keeps secrets out wherever they sit in ordinary text', () => {
    const samples = secretKinds.flatMap((kind) => kind.samples);
    fc.assert(
      fc.property(ordinary, fc.constantFrom(...samples), ordinary, (before, { text, secret }, after) => {
        expect(redactor.string(`${before} ${text} ${after}`)).not.toContain(secret);
      }),
      fuzzRuns('redaction secrets in context', 1000, 10_000),
    );
  });

  it('is fast on long hostile text and on any value', () => {
    let slowest = 0;
    fc.assert(
      fc.property(fc.oneof(hugeString, thrownRecipe), (input) => {
        const value = typeof input === 'string' ? input : buildThrown(input);
        const started = performance.now();
        if (typeof value === 'string') redactor.string(value);
        else JSON.stringify(redactor.value(value));
        slowest = Math.max(slowest, performance.now() - started);
        expect(slowest).toBeLessThan(timeBoundMs);
      }),
      fuzzRuns('redaction cost', 300, 8_000),
    );
    console.log(`fuzz redaction cost: slowest ${slowest.toFixed(1)} ms`);
  });
});
