#!/usr/bin/env node
// `npm run bench`: what Errata promises on speed and weight, as ratios against baselines measured
// in the same run. Prints tables and writes bench/results/latest.json. Targets are reported, not
// asserted: a bench is not a test. `--quick` shortens every section (a smoke run, numbers noisy);
// `--only=render,http,weight,cold,memory` runs some sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { redactionSection } from './redaction.mjs';
import { renderSection } from './render.mjs';
import { errorsSection } from './errors.mjs';
import { httpSection } from './http.mjs';
import { weightSection, weightTargets } from './weight.mjs';
import { coldStartSection } from './cold-start.mjs';
import { memorySection } from './memory.mjs';
import { opsSection } from './ops.mjs';
import { formatTable, targetRows } from './report.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : undefined;
const wanted = (name) => !only || only.has(name);

const started = Date.now();
const results = {
  startedAt: new Date(started).toISOString(),
  quick,
  machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown' },
};
const step = async (name, label, fn) => {
  if (!wanted(name)) return;
  const t = Date.now();
  process.stdout.write(`bench: ${label}...`);
  results[name] = await fn();
  process.stdout.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
};

await step('render', '1/8 in-process render rate', () => renderSection({ quick }));
await step('errors', '2/8 the 500 path: plain Error, logged', () => errorsSection({ quick }));
await step('http', '3/8 HTTP with autocannon', () => httpSection({ quick }));
await step('weight', '4/8 page weight', () => weightSection());
await step('cold', '5/8 cold start', () => coldStartSection({ quick }));
await step('memory', '6/8 memory', () => memorySection({ quick }));
await step('ops', '7/8 ops: observing middleware cost', () => opsSection({ quick }));
await step('redaction', '8/8 redaction of 1 MB of hostile text', () => redactionSection({ quick }));
results.durationSeconds = (Date.now() - started) / 1000;
results.targets = targetRows(results, weightTargets);

const fmt = (n, digits = 0) => (n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
if (results.render) {
  console.log('\nIn-process render (responses per second; median of rounds)');
  console.log(
    formatTable(
      ['format', 'errata', 'hand-written', 'precomputed', 'React renderToString', 'body bytes', 'same bytes'],
      Object.entries(results.render).map(([format, r]) => [
        format,
        fmt(r.opsPerSecond.errata),
        fmt(r.opsPerSecond.handWritten),
        fmt(r.opsPerSecond.precomputed),
        fmt(r.opsPerSecond.react),
        fmt(r.bodyBytes),
        r.handWrittenSameBytes ? 'yes' : 'NO',
      ]),
    ),
  );
}
if (results.errors) {
  console.log('\nThe 500 path (fresh error per render, production; responses per second, median of rounds)');
  console.log(
    formatTable(
      [
        'format',
        '404 ErrataError, no onError',
        '500 Error, onError JSON line',
        '500 Error, onError ignores it',
        '500 logged / 404',
        'no Errata: Error + JSON line / 404',
        'ceiling',
      ],
      ['html', 'json', 'text'].map((format) => {
        const r = results.errors[format];
        return [
          format,
          fmt(r.opsPerSecond.notFound),
          fmt(r.opsPerSecond.internalLogged),
          fmt(r.opsPerSecond.internalUnlogged),
          `${(r.loggedVsNotFound * 100).toFixed(0)}%`,
          `${(r.loggerAloneVsNotFound * 100).toFixed(0)}%`,
          `${(r.ceilingVsNotFound * 100).toFixed(0)}%`,
        ];
      }),
    ),
  );
  console.log(`V8 formatting a fresh Error's stack (what any logger of it pays): ${fmt(results.errors.stackFormatMicros, 2)} µs`);
  console.log('The floor column: a fresh Error and the same JSON line with no page at all, against the 404. The ceiling: the');
  console.log("best a logged 500 could do, the floor plus Errata's own work for a page (a 404 rendered from a premade error).");
}
if (results.http) {
  console.log(
    `\nHTTP on 127.0.0.1 (autocannon, ${results.http.connections} connections, ${results.http.durationSecondsEach} s x ${results.http.rounds} rounds; medians)`,
  );
  console.log(
    formatTable(
      ['server', 'requests/s', 'p99 ms', 'errors', 'wrong status'],
      Object.entries(results.http.servers).map(([name, s]) => [name, fmt(s.requestsPerSecond), fmt(s.p99Ms, 1), fmt(s.errors), fmt(s.unexpectedStatuses)]),
    ),
  );
  const f = results.http.floors;
  console.log('\nThe 500 over HTTP against its floor: the same fresh Error logged with its stack, the same page bytes, no Errata');
  console.log(
    formatTable(
      ['server', 'errata / peer', 'floor / peer (the most any logging server gets)', 'errata / floor'],
      [
        ['node:http (peer: precomputed bytes)', results.http.send500VsPrecomputed, f.node],
        ['Express (peer: default final handler)', results.http.expressVsDefault, f.express],
        ['Fastify (peer: default JSON handler)', results.http.fastifyVsDefault, f.fastify],
      ].map(([name, ratio, floor]) => [
        name,
        `${(ratio * 100).toFixed(0)}%`,
        `${(floor.floorVsPeer * 100).toFixed(0)}%`,
        `${(floor.errataVsFloor * 100).toFixed(0)}%`,
      ]),
    ),
  );
}
if (results.weight) {
  console.log('\nPage weight (HTML as sent, gzip -9)');
  console.log(
    formatTable(
      ['code', 'status', 'HTML bytes', 'gzip bytes', 'CSS bytes', 'JS bytes', 'external requests'],
      results.weight.pages.map((p) => [p.code, String(p.status), fmt(p.htmlBytes), fmt(p.gzipBytes), fmt(p.cssBytes), fmt(p.jsBytes), fmt(p.externalRequests)]),
    ),
  );
}
if (results.cold)
  console.log(
    `\nCold start (median of ${results.cold.runs}): errata ${fmt(results.cold.medianMs.errata, 1)} ms, react-dom/server ${fmt(results.cold.medianMs.reactDomServer, 1)} ms; ` +
      `modules loaded: errata ${results.cold.modules.errata.total} (culori ${results.cold.modules.errata.culori}), react-dom/server ${results.cold.modules.reactDomServer.total}`,
  );
if (results.memory) {
  const MB = 1024 * 1024;
  console.log(
    `\nMemory over ${fmt(results.memory.renders)} renders: RSS ${fmt(results.memory.rssBeforeBytes / MB, 1)} -> ${fmt(results.memory.rssAfterBytes / MB, 1)} MB ` +
      `(growth ${fmt(results.memory.rssGrowthBytes / MB, 2)} MB; heap growth ${fmt(results.memory.heapGrowthBytes / MB, 2)} MB)`,
  );
}
console.log('\nTargets');
console.log(
  formatTable(
    ['target', 'measured', 'goal', 'result'],
    results.targets.map((t) => [t.name, t.measured, t.goal, t.met ? 'met' : 'NOT MET']),
  ),
);

const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}latest.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nbench: done in ${results.durationSeconds.toFixed(0)} s; wrote bench/results/latest.json${quick ? ' (quick run: numbers are noisy)' : ''}`);
