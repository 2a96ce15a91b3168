// Section 3: HTTP on 127.0.0.1 with autocannon. Each server runs in a child process; the load
// generator runs here. Pairs run side by side, alternating which goes first in each round.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { median } from './lib/measure.mjs';

const serverScript = fileURLToPath(new URL('./http-server.mjs', import.meta.url));

function startServer(variant) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverScript, variant], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, NODE_ENV: 'production' } });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${variant}: no PORT line within 15 s`)), 15_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /PORT (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          port: Number(m[1]),
          stop: () =>
            new Promise((r) => {
              child.once('exit', r);
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${variant} exited with ${code} before listening`));
    });
  });
}

/** What each variant is asked with, and the status every answer must have. */
const clients = {
  html404: { accept: 'text/html', status: '404' },
  html500: { accept: 'text/html', status: '500' },
  json500: { accept: 'application/json', status: '500' },
};
const clientOf = (variant) => (variant.startsWith('fastify') ? clients.json500 : variant.includes('500') ? clients.html500 : clients.html404);

async function load(port, seconds, client) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/orders/42`,
    connections: 10,
    duration: seconds,
    headers: { accept: client.accept, 'accept-language': 'en' },
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    unexpected: result.statusCodeStats
      ? Object.entries(result.statusCodeStats)
          .filter(([s]) => s !== client.status)
          .reduce((n, [, v]) => n + v.count, 0)
      : 0,
  };
}

async function measure(variant, seconds) {
  const server = await startServer(variant);
  try {
    await load(server.port, 1, clientOf(variant)); // warm-up: JIT, sockets
    return await load(server.port, seconds, clientOf(variant));
  } finally {
    await server.stop();
  }
}

export async function httpSection({ quick = false } = {}) {
  const seconds = quick ? 1 : 4;
  const rounds = quick ? 1 : 2;
  const pairs = [
    ['node-send', 'node-precomputed'],
    ['express-adapter', 'express-precomputed'],
    ['node-500', 'node-500-precomputed'],
    ['express-errata-500', 'express-default-500'],
    ['fastify-errata-500', 'fastify-default-500'],
    // The floors (http-server.mjs): the same fresh Error, logged with its stack, the same bytes.
    ['node-500-floor', 'express-floor-500', 'fastify-floor-500'],
  ];
  const samples = {};
  for (let r = 0; r < rounds; r++) {
    for (const pair of pairs) {
      for (const variant of r % 2 ? [...pair].reverse() : pair) {
        (samples[variant] ??= []).push(await measure(variant, seconds));
      }
    }
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([variant, runs]) => [
      variant,
      {
        requestsPerSecond: median(runs.map((x) => x.requestsPerSecond)),
        p99Ms: median(runs.map((x) => x.p99Ms)),
        errors: runs.reduce((n, x) => n + x.errors, 0),
        unexpectedStatuses: runs.reduce((n, x) => n + x.unexpected, 0),
      },
    ]),
  );
  return {
    durationSecondsEach: seconds,
    rounds,
    connections: 10,
    servers: summary,
    sendVsPrecomputed: summary['node-send'].requestsPerSecond / summary['node-precomputed'].requestsPerSecond,
    expressVsPrecomputed: summary['express-adapter'].requestsPerSecond / summary['express-precomputed'].requestsPerSecond,
    send500VsPrecomputed: summary['node-500'].requestsPerSecond / summary['node-500-precomputed'].requestsPerSecond,
    expressVsDefault: summary['express-errata-500'].requestsPerSecond / summary['express-default-500'].requestsPerSecond,
    fastifyVsDefault: summary['fastify-errata-500'].requestsPerSecond / summary['fastify-default-500'].requestsPerSecond,
    // What the targets above can be at most for a server that logs the stack and sends this page,
    // and how much of the floor's rate Errata keeps.
    floors: {
      node: floorRatios(summary, 'node-500', 'node-500-floor', 'node-500-precomputed'),
      express: floorRatios(summary, 'express-errata-500', 'express-floor-500', 'express-default-500'),
      fastify: floorRatios(summary, 'fastify-errata-500', 'fastify-floor-500', 'fastify-default-500'),
    },
  };
}

function floorRatios(summary, errata, floor, peer) {
  const rate = (name) => summary[name].requestsPerSecond;
  return { floorVsPeer: rate(floor) / rate(peer), errataVsFloor: rate(errata) / rate(floor) };
}
