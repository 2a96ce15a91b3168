// Section: redaction of 1 MB of hostile text. An error whose message is 1 MB of text built to hurt
// a backtracking pattern (long runs of token characters, every rule's keyword over and over,
// percent-escapes, digit runs, near-IBANs) is rendered in development mode with an onError hook,
// so its message is redacted for the diagnostics, the page and the event. Baseline in the same run:
// the same render of an error with a one-line message (nothing to redact). Redaction caps text at
// 64 KiB first, so the figure to watch is milliseconds, not seconds. Prints its own table.
import { performance } from 'node:perf_hooks';
import { createErrata } from '@errata/server';
import { consume, median } from './lib/measure.mjs';

const MB = 1024 * 1024;
const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** 1 MB each; the names say what each one attacks. */
export const hostileInputs = {
  'one token character': fill('a'),
  'digits (cards, SSNs, IBANs)': fill('4242 '),
  'base64 run': fill('aB3+/'),
  'keyword storm (token=, Bearer, eyJ, SG., dapi, xox)': fill('token=Bearer eyJ SG. dapi xoxb- AccountKey= '),
  'percent-escapes in a query': fill('?next=%3Fkey%3D%25'),
  'near-miss IBANs': fill('DE89 3704 0044 0532 0130 0X '),
  'unterminated PEM headers': fill('-----BEGIN PRIVATE KEY-----'),
  'credentials in URLs': fill('https://user:pa@'),
  'realistic log with secrets': fill(
    'GET /oauth/callback?code=4/0AbCdEf&state=x failed: Authorization: Bearer abc.def.ghi; card 4242 4242 4242 4242; SSN 536-22-8143; IBAN DE89370400440532013000; key SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n',
  ),
};

export function redactionSection({ quick = false } = {}) {
  const rounds = quick ? 5 : 21;
  const errata = createErrata({ mode: 'development', onError: (event) => consume(JSON.stringify(event)) });
  const request = { method: 'GET', url: '/orders/42', headers: { accept: 'application/problem+json' } };
  const time = (message) => {
    const samples = [];
    for (let round = 0; round < rounds; round += 1) {
      const error = new Error(message);
      const started = performance.now();
      consume(errata.render(error, request));
      samples.push(performance.now() - started);
    }
    return { medianMs: median(samples), maxMs: Math.max(...samples) };
  };
  time('warm-up');
  const baseline = time('order 42 could not be loaded');
  const inputs = Object.fromEntries(
    Object.entries(hostileInputs).map(([name, text]) => {
      const t = time(text);
      return [name, { ...t, ratio: t.medianMs / baseline.medianMs }];
    }),
  );
  const worst = Math.max(...Object.values(inputs).map((input) => input.medianMs));
  const fmt = (n) => n.toFixed(2);
  console.log(
    `\n\nRedaction of 1 MB of hostile text (errata.render in development with onError; median of ${rounds}; baseline: a one-line message ${fmt(baseline.medianMs)} ms)`,
  );
  const rows = Object.entries(inputs).map(
    ([name, r]) => `  ${name.padEnd(52)} ${fmt(r.medianMs).padStart(8)} ms  max ${fmt(r.maxMs).padStart(8)} ms  ${r.ratio.toFixed(1).padStart(6)}x baseline`,
  );
  console.log(rows.join('\n'));
  console.log(`  worst median ${fmt(worst)} ms (target: milliseconds, i.e. < 100 ms)`);
  return { rounds, baseline, inputs, worstMedianMs: worst, withinTarget: worst < 100 };
}
