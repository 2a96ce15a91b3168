// Section 5 worker (run with --expose-gc): RSS before and after 200,000 renders, each with a
// distinct trace id. Anything cached per request value would show here as growth.
import { createErrata, ErrataError } from '@errata/server';

const renders = Number(process.argv[2] ?? 200_000);
const errata = createErrata({ mode: 'production', links: { home: '/' } });
const error = new ErrataError('NOT_FOUND');
const formats = ['text/html', 'application/problem+json', 'text/plain'];
const render = (i) =>
  errata.render(error, {
    method: 'GET',
    url: `/orders/${i}`,
    headers: { accept: formats[i % 3], 'accept-language': 'en', traceparent: `00-${(i + 1).toString(16).padStart(32, 'b')}-00f067aa0ba902b7-01` },
  });
const settle = () => {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage();
};
for (let i = 0; i < 20_000; i++) render(i); // warm caches and the JIT first: they are allowed
const before = settle();
let bytes = 0;
for (let i = 0; i < renders; i++) bytes += render(20_000 + i).body.length;
const after = settle();
process.stdout.write(
  JSON.stringify({ renders, bytes, before: { rss: before.rss, heapUsed: before.heapUsed }, after: { rss: after.rss, heapUsed: after.heapUsed } }),
);
