// Section 2: the error path users actually hit, in process. A handler throws a plain `Error`; it
// becomes a 500 page (production mode) and one JSON line through `onError`. Every render gets a
// fresh error object, as it would in a service, so construction and the stack are paid each time.
// Baseline in the same run: a fresh `ErrataError('NOT_FOUND')` rendered with no `onError`.
import { createErrata, ErrataError } from '@errata/server';
import { compare, consume } from './lib/measure.mjs';
import { request } from './lib/pages.mjs';

/** What a host's logger does with the event: one JSON line, handed to a sink. */
function jsonLine(event) {
  consume(`${JSON.stringify(event)}\n`);
}

export async function errorsSection({ quick = false } = {}) {
  const timing = quick ? { rounds: 1, ms: 200, warmupMs: 100 } : { rounds: 3, ms: 700, warmupMs: 300 };
  const plain = createErrata({ mode: 'production', links: { home: '/' } });
  const logged = createErrata({ mode: 'production', links: { home: '/' }, onError: jsonLine });
  const formats = { html: 'text/html', json: 'application/problem+json', text: 'text/plain' };
  const results = {};
  for (const [format, accept] of Object.entries(formats)) {
    const requests = Array.from({ length: 4096 }, (_, i) => request(i, accept));
    const rates = compare(
      {
        notFound: (i) => plain.render(new ErrataError('NOT_FOUND'), requests[i & 4095]),
        internalLogged: (i) => logged.render(new Error('ledger connection lost'), requests[i & 4095]),
        internalUnlogged: (i) => plain.render(new Error('ledger connection lost'), requests[i & 4095]),
      },
      timing,
    );
    results[format] = { opsPerSecond: rates, loggedVsNotFound: rates.internalLogged / rates.notFound };
  }
  // What V8 alone charges for a stack a logger reads: creating an Error and formatting its stack,
  // against creating it only (so the table can say how much of the 500 path is the stack itself).
  const stack = compare({ create: () => new Error('x'), createAndFormat: () => new Error('x').stack }, timing);
  results.stackFormatMicros = 1e6 / stack.createAndFormat - 1e6 / stack.create;
  return results;
}
