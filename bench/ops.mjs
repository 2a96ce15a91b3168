// Section "ops": what @errata/ops' observing middleware costs per request, as a ratio against
// the same server without it, measured in the same run. Each server runs in its own process
// (this file with `--serve <variant>`); autocannon loads them from here, rounds alternating which
// goes first. A 200 route with a tiny body, so the middleware's share is as large as it gets.
//   node-plain / node-observed         node:http, with opsNode(ops).observe(req, res) + route()
//   express-plain / express-observed   Express 5 `GET /orders/:id`, with app.use(opsObserver(ops))
// Also the core in process: requestStarted() + requestFinished() per second (no HTTP at all).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { median, opsPerSecond } from './lib/measure.mjs';

const self = fileURLToPath(import.meta.url);
const variants = ['node-plain', 'node-observed', 'express-plain', 'express-observed'];

async function serve(variant) {
  const { createOps } = await import('@errata/ops');
  const ops = createOps({ dependencies: [{ name: 'search' }] });
  const body = Buffer.from('{"id":"42","status":"shipped"}');
  const reply = (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    res.end(body);
  };
  let server;
  if (variant.startsWith('node-')) {
    const { opsNode } = await import('@errata/ops/node');
    const { observe } = opsNode(ops);
    server = createServer(
      variant === 'node-observed'
        ? (req, res) => {
            observe(req, res).route('/orders/:id');
            reply(res);
          }
        : (_req, res) => reply(res),
    );
  } else {
    const { default: express } = await import('express');
    const { opsObserver } = await import('@errata/ops/express');
    const app = express();
    if (variant === 'express-observed') app.use(opsObserver(ops));
    app.get('/orders/:id', (_req, res) => reply(res));
    server = createServer(app);
  }
  server.listen(0, '127.0.0.1', () => process.stdout.write(`PORT ${server.address().port}\n`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

function start(variant) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, '--serve', variant], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${variant}: no PORT line within 15 s`)), 15_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /PORT (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const stop = () =>
          new Promise((r) => {
            child.once('exit', r);
            child.kill('SIGTERM');
          });
        resolve({ port: Number(m[1]), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${variant} exited with ${code} before listening`));
    });
  });
}

async function load(port, seconds) {
  const result = await autocannon({ url: `http://127.0.0.1:${port}/orders/42`, connections: 10, duration: seconds });
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

export async function opsSection({ quick = false } = {}) {
  const seconds = quick ? 1 : 3;
  const rounds = quick ? 1 : 2;
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r < rounds; r++) {
    for (const pair of [variants.slice(0, 2), variants.slice(2)]) {
      for (const variant of r % 2 ? [...pair].reverse() : pair) {
        const server = await start(variant);
        try {
          await load(server.port, 1); // warm-up: JIT, sockets
          samples[variant].push(await load(server.port, seconds));
        } finally {
          await server.stop();
        }
      }
    }
  }
  const servers = Object.fromEntries(
    Object.entries(samples).map(([v, runs]) => [
      v,
      {
        requestsPerSecond: median(runs.map((x) => x.requestsPerSecond)),
        p99Ms: median(runs.map((x) => x.p99Ms)),
        errors: runs.reduce((n, x) => n + x.errors, 0),
      },
    ]),
  );
  // The server is one event loop: its time per request is 1 / throughput. The difference between
  // the two is what the middleware adds to each request.
  const costMicros = (observed, plain) => (1 / servers[observed].requestsPerSecond - 1 / servers[plain].requestsPerSecond) * 1e6;

  const { createOps } = await import('@errata/ops');
  const ops = createOps();
  const coreOps = opsPerSecond(() => ops.requestFinished(ops.requestStarted(), 'GET', '/orders/:id', 200), quick ? 200 : 700);

  const result = {
    connections: 10,
    durationSecondsEach: seconds,
    rounds,
    servers,
    nodeObservedVsPlain: servers['node-observed'].requestsPerSecond / servers['node-plain'].requestsPerSecond,
    expressObservedVsPlain: servers['express-observed'].requestsPerSecond / servers['express-plain'].requestsPerSecond,
    costMicrosPerRequest: { node: costMicros('node-observed', 'node-plain'), express: costMicros('express-observed', 'express-plain') },
    coreNanosPerRequest: 1e9 / coreOps,
  };
  const f = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`\n@errata/ops observing middleware (autocannon, 10 connections, ${seconds} s x ${rounds} rounds; medians)`);
  for (const [name, s] of Object.entries(servers))
    console.log(`  ${name.padEnd(17)} ${f(s.requestsPerSecond).padStart(8)} req/s  p99 ${f(s.p99Ms, 1)} ms  errors ${s.errors}`);
  console.log(
    `  observed vs plain: node:http ${f(result.nodeObservedVsPlain * 100)}% (${f(result.costMicrosPerRequest.node, 1)} µs/request), ` +
      `Express ${f(result.expressObservedVsPlain * 100)}% (${f(result.costMicrosPerRequest.express, 1)} µs/request); ` +
      `core requestStarted+requestFinished ${f(result.coreNanosPerRequest)} ns`,
  );
  return result;
}

if (process.argv[2] === '--serve') await serve(process.argv[3]);
