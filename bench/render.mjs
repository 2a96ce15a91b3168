// Section 1: in-process render rate of errata.render against baselines in the same process.
//   hand-written: a template-literal function with escaping that produces the same response
//                 (status, headers, body) byte for byte, modulo the trace id: the practical limit;
//   precomputed:  returning a finished response object: the floor;
//   react:        renderToString of the same component tree per request (HTML only): what a
//                 user would write without us.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { createErrata, ErrataError } from '@errata/server';
import { builtinCatalog, formatMessage, uiStrings } from '@errata/catalog';
import { CatalogErrorPage, ErrorDocument } from '@errata/react';
import { stylesheet } from '@errata/react/stylesheet';
import { isDeepStrictEqual } from 'node:util';
import { compare } from './lib/measure.mjs';
import { request, traceIds } from './lib/pages.mjs';

const CODE = 'NOT_FOUND';
const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => entities[c]);
const traceparentShape = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** What every hand-written handler does first: take the caller's trace id if it is valid. */
function traceIdOf(req) {
  const m = traceparentShape.exec(req.headers.traceparent ?? '');
  return m && !/^0+$/.test(m[1]) ? m[1] : crypto.randomUUID().replaceAll('-', '');
}

/**
 * Turn a sample body into a real template-literal function: every occurrence of a dynamic value
 * becomes `${esc(v.name)}`, everything else is a literal chunk. Generated once, so the per-request
 * work is exactly a template literal with escaping.
 */
function templateFunction(sample, holes, esc) {
  const names = Object.keys(holes);
  const pattern = new RegExp(names.map((n) => holes[n].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const chunks = [];
  const order = [];
  let last = 0;
  for (const m of sample.matchAll(pattern)) {
    chunks.push(sample.slice(last, m.index));
    order.push(names.find((n) => holes[n] === m[0]));
    last = m.index + m[0].length;
  }
  chunks.push(sample.slice(last));
  let source = '`${C[0]}';
  order.forEach((name, i) => {
    source += `\${esc(v.${name})}\${C[${i + 1}]}`;
  });
  source += '`';
  return new Function('C', 'esc', `return (v) => ${source};`)(chunks, esc);
}

function handWritten(sample, sampleTrace, format, message) {
  const traceHeaders = Object.keys(sample.headers).filter((h) => sample.headers[h].includes(sampleTrace));
  const staticHeaders = Object.fromEntries(Object.entries(sample.headers).filter(([h]) => !traceHeaders.includes(h)));
  const status = sample.status;
  let body;
  if (format === 'json') {
    const shape = JSON.parse(sample.body);
    body = (v) =>
      JSON.stringify({
        ...shape,
        traceId: v.traceId,
        ...(shape.instance?.includes?.(sampleTrace) ? { instance: shape.instance.replace(sampleTrace, v.traceId) } : {}),
      });
  } else {
    // Text needs no escaping beyond what the values already are (ids are hex, titles are ours).
    const esc = format === 'html' ? escapeHtml : (s) => s;
    body = templateFunction(sample.body, { traceId: sampleTrace, title: esc(message.title) }, esc);
  }
  return (req) => {
    const traceId = traceIdOf(req);
    const headers = { ...staticHeaders };
    for (const h of traceHeaders) headers[h] = sample.headers[h].replace(sampleTrace, traceId);
    return { status, headers, body: body({ traceId, title: message.title }) };
  };
}

function reactPage(message, entry, ui, headers) {
  const links = { home: '/' };
  return (req) => {
    const traceId = traceIdOf(req);
    const tree = createElement(
      ErrorDocument,
      { lang: message.locale, dir: message.dir, title: message.title, theme: 'auto', stylesheet },
      createElement(CatalogErrorPage, { message, entry, links, traceId, ui }),
    );
    return { status: entry.status, headers: { ...headers, 'x-trace-id': traceId }, body: `<!DOCTYPE html>${renderToString(tree)}` };
  };
}

export async function renderSection({ quick = false } = {}) {
  const errata = createErrata({ mode: 'production', links: { home: '/' } });
  const error = new ErrataError(CODE);
  const message = formatMessage(builtinCatalog, CODE, { locale: 'en', tone: 'neutral' });
  const entry = builtinCatalog.get(CODE);
  const ui = uiStrings('en');
  const formats = { html: 'text/html', json: 'application/problem+json', text: 'text/plain' };
  const timing = quick ? { rounds: 1, ms: 200, warmupMs: 100 } : { rounds: 3, ms: 700, warmupMs: 300 };
  const results = {};
  for (const [format, accept] of Object.entries(formats)) {
    const requests = traceIds.map((_, i) => request(i, accept));
    const sample = errata.render(error, requests[7]);
    const hand = handWritten(sample, traceIds[7], format, message);
    // The baseline must be the same response, or the ratio means nothing.
    const sameBytes = [7, 8, 300].every((i) => isDeepStrictEqual(hand(requests[i]), errata.render(error, requests[i])));
    const variants = {
      errata: (i) => errata.render(error, requests[i & 4095]),
      handWritten: (i) => hand(requests[i & 4095]),
      precomputed: () => sample,
    };
    let reactBytes;
    if (format === 'html') {
      const react = reactPage(message, entry, ui, sample.headers);
      variants.react = (i) => react(requests[i & 4095]);
      reactBytes = Buffer.byteLength(react(requests[7]).body);
    }
    const rates = compare(variants, timing);
    results[format] = {
      opsPerSecond: rates,
      bodyBytes: Buffer.byteLength(sample.body),
      ...(reactBytes ? { reactBodyBytes: reactBytes } : {}),
      handWrittenSameBytes: sameBytes,
      vsHandWritten: rates.errata / rates.handWritten,
      vsPrecomputed: rates.errata / rates.precomputed,
      ...(rates.react ? { vsReact: rates.errata / rates.react } : {}),
    };
  }
  return results;
}
