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
  // No events at all for the baseline and the render-only row: without an onError hook, 5xx events
  // go to stderr, which is a logger of its own.
  const plain = createErrata({ mode: 'production', links: { home: '/' } });
  const silent = createErrata({ mode: 'production', links: { home: '/' }, onError: () => undefined });
  const logged = createErrata({ mode: 'production', links: { home: '/' }, onError: jsonLine });
  const formats = { html: 'text/html', json: 'application/problem+json', text: 'text/plain' };
  const results = {};
  for (const [format, accept] of Object.entries(formats)) {
    const requests = Array.from({ length: 4096 }, (_, i) => request(i, accept));
    // The floor: what V8 and the host's logger charge for the same line with no Errata at all, a
    // fresh Error, its stack, and JSON.stringify of an event of the same shape and size.
    let sample;
    createErrata({ mode: 'production', links: { home: '/' }, onError: (event) => (sample = JSON.parse(JSON.stringify(event))) }).render(
      new Error('ledger connection lost'),
      requests[0],
    );
    const premade = new ErrataError('NOT_FOUND');
    const rates = compare(
      {
        // Errata's own work for a page, without constructing the error: the least a 500 page
        // can cost on top of the floor.
        notFoundPremade: (i) => plain.render(premade, requests[i & 4095]),
        loggerAlone: (i) => {
          const error = new Error('ledger connection lost');
          jsonLine({ ...sample, traceId: requests[i & 4095].headers.traceparent.slice(3, 35), message: error.message, stack: error.stack });
        },
        notFound: (i) => plain.render(new ErrataError('NOT_FOUND'), requests[i & 4095]),
        internalLogged: (i) => logged.render(new Error('ledger connection lost'), requests[i & 4095]),
        internalUnlogged: (i) => silent.render(new Error('ledger connection lost'), requests[i & 4095]),
      },
      timing,
    );
    results[format] = {
      opsPerSecond: rates,
      loggedVsNotFound: rates.internalLogged / rates.notFound,
      loggerAloneVsNotFound: rates.loggerAlone / rates.notFound,
      // The best ratio a logged 500 page could have: the floor plus Errata's own page work.
      ceilingVsNotFound: 1 / (1 / rates.loggerAlone + 1 / rates.notFoundPremade) / rates.notFound,
    };
  }
  // What V8 alone charges for a stack a logger reads: creating an Error and formatting its stack,
  // against creating it only (so the table can say how much of the 500 path is the stack itself).
  const stack = compare({ create: () => new Error('x'), createAndFormat: () => new Error('x').stack }, timing);
  results.stackFormatMicros = 1e6 / stack.createAndFormat - 1e6 / stack.create;
  return results;
}
