// An error storm per adapter: tens of thousands of failing requests with distinct paths, trace ids
// and languages, some clients reading slowly and some hanging up mid-response. The server runs
// in a child process (server.mjs) so its memory and any crash are its own. Pass: every response
// is 4xx/5xx, no crash, no unhandled rejection, heap and RSS growth under their bounds after the warm-up, and
// a normal request still answered at the end. Bounded in count and time; prints its seed
// (`SOAK_SEED=<seed>` replays the same request mix) and its figures.
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '@errata/test/repo';

const adapters = ['express', 'fastify', 'koa', 'hono', 'node', 'fetch'] as const;
/** Failing requests per adapter, after a warm-up of `warmUp`. */
const requests = 20_000;
const warmUp = 2_000;
const concurrency = 32;
/** Each adapter's storm stops here even if not all requests went out (the count is reported). */
const timeLimitMs = 40_000;
/**
 * Growth from the end of the warm-up to the end, both after two full GCs. The heap is the leak
 * signal: caches are bounded (caches.ts), so anything kept per request shows there (400 bytes a
 * request would be 8 MB). RSS also moves with the allocator keeping freed pages and with JIT
 * code, so its bound is looser (as in `npm run bench`'s memory section) and catches gross growth.
 */
const heapBoundBytes = 8 * 1024 * 1024;
const rssBoundBytes = 32 * 1024 * 1024;
/** One request in this many reads its response a few bytes at a time; one in as many hangs up mid-response. */
const slowEvery = 100;
const abortEvery = 100;

const seed = Number.parseInt(process.env.SOAK_SEED ?? '', 10) || Date.now() % 2_147_483_647;

/** mulberry32: a small seeded generator, so a seed gives the same request mix. */
function random(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const kinds = ['error', 'errata', 'conflict', 'null', 'proxy', 'string', 'status', 'secret'];
const languages = ['en', 'de-CH,de;q=0.9', 'es', 'ar', 'fr-FR,fr;q=0.8,en;q=0.5', 'zz', 'de;q=0.1, ar', '*'];
const accepts = ['text/html,application/xhtml+xml,*/*;q=0.8', 'application/problem+json', 'application/json', 'text/plain', '*/*', ''];

interface Target {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
}

/** Request `n` of the storm: failing routes (thrown values of every kind), unknown paths and 405s. */
function target(n: number, next: () => number): Target {
  const hex = (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const headers: Record<string, string> = { 'accept-language': pick(languages), 'user-agent': `soak/${n}` };
  const accept = pick(accepts);
  if (accept) headers.accept = accept;
  if (next() < 0.5) headers.traceparent = `00-${hex(31)}1-${hex(15)}1-01`;
  else headers['x-request-id'] = `req-${n}-${hex(8)}`;
  const roll = next();
  if (roll < 0.8) return { method: next() < 0.9 ? 'GET' : 'HEAD', path: `/fail/${n}/${hex(6)}?kind=${pick(kinds)}&page=${n % 97}`, headers };
  if (roll < 0.9) return { method: 'GET', path: `/missing/${n}/${hex(10)}`, headers };
  return { method: 'POST', path: `/orders/${n}`, headers };
}

interface Figures {
  sent: number;
  completed: number;
  slow: number;
  aborted: number;
  statuses: Map<number, number>;
  outside: number;
  durationMs: number;
}

function send(agent: Agent, port: number, t: Target, figures: Figures): Promise<void> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: t.method, path: t.path, headers: t.headers, agent }, (res) => {
      const status = res.statusCode ?? 0;
      figures.statuses.set(status, (figures.statuses.get(status) ?? 0) + 1);
      if (status < 400 || status > 599) figures.outside += 1;
      res.resume();
      res.on('end', () => {
        figures.completed += 1;
        resolve();
      });
      res.on('error', () => resolve());
    });
    req.on('error', () => resolve());
    req.setTimeout(10_000, () => req.destroy());
    req.end();
  });
}

/** A client that reads the response a few bytes at a time (the socket's receive buffer kept tiny), then leaves. */
function slowReader(port: number, t: Target, figures: Figures): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    let reads = 0;
    const finish = () => {
      clearInterval(timer);
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      if (status) {
        figures.statuses.set(status, (figures.statuses.get(status) ?? 0) + 1);
        if (status < 400 || status > 599) figures.outside += 1;
      }
      figures.slow += 1;
      resolve();
    };
    socket.pause();
    const timer = setInterval(() => {
      const chunk = socket.read(64) as Buffer | null;
      if (chunk) received += chunk.toString('latin1');
      reads += 1;
      if (reads > 40 || socket.destroyed) finish();
    }, 5);
    socket.on('error', finish);
    const head = Object.entries({ ...t.headers, host: '127.0.0.1', connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`${t.method} ${t.path} HTTP/1.1\r\n${head}\r\n`);
  });
}

/** A client that hangs up as soon as the first bytes of the response arrive (or right after sending). */
function aborter(port: number, t: Target, figures: Figures, early: boolean): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = () => {
      socket.destroy();
      figures.aborted += 1;
      resolve();
    };
    socket.on('error', done);
    socket.once('data', done);
    socket.setTimeout(5_000, done);
    socket.write(`${t.method} ${t.path} HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: text/html\r\n\r\n`);
    if (early) setImmediate(done);
  });
}

async function storm(port: number, count: number, first: number, next: () => number, deadline: number): Promise<Figures> {
  const figures: Figures = { sent: 0, completed: 0, slow: 0, aborted: 0, statuses: new Map(), outside: 0, durationMs: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const started = performance.now();
  let n = first;
  const worker = async () => {
    while (figures.sent < count && performance.now() < deadline) {
      const id = n++;
      figures.sent += 1;
      const t = target(id, next);
      if (id % slowEvery === 7) await slowReader(port, t, figures);
      else if (id % abortEvery === 13) await aborter(port, t, figures, id % 2 === 0);
      else await send(agent, port, t, figures);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  figures.durationMs = performance.now() - started;
  return figures;
}

interface Stats {
  rss: number;
  heapUsed: number;
  events: number;
  unhandled: number;
  uncaught: number;
}

function stats(child: ChildProcess): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string } & Stats) => {
      if (message?.type !== 'stats') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.send({ type: 'stats' });
  });
}

function ok(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/ok', headers: { connection: 'close' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe.each(adapters)('soak: %s', (adapter) => {
  let child: ChildProcess;
  let port = 0;
  let exit: { code: number | null; crash?: string } | undefined;

  beforeAll(async () => {
    child = fork(repoPath('test/soak/server.mjs'), [adapter], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message: { type?: string; message?: string }) => {
      if (message?.type === 'crash') exit = { code: null, crash: message.message };
    });
    child.on('exit', (code) => {
      exit = { ...exit, code };
    });
    port = await new Promise<number>((resolve, reject) => {
      child.once('message', (message: { type?: string; port?: number }) =>
        message?.type === 'ready' && message.port ? resolve(message.port) : reject(new Error('no ready')),
      );
      child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
    });
  }, 30_000);

  afterAll(() => {
    child?.kill();
  });

  it(
    `answers ${requests} failing requests with 4xx/5xx only, without crashing, rejecting or leaking`,
    async () => {
      const next = random(seed + adapters.indexOf(adapter));
      const deadline = performance.now() + timeLimitMs;
      const warm = await storm(port, warmUp, 0, next, deadline);
      const before = await stats(child);
      const main = await storm(port, requests, warmUp, next, deadline);
      const after = await stats(child);
      const last = await ok(port);

      const codes = [...main.statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}x${count}`)
        .join(' ');
      console.log(
        `soak ${adapter}: seed ${seed}; ${main.sent} requests (${main.completed} read whole, ${main.slow} slow readers, ${main.aborted} hung up) in ${(main.durationMs / 1000).toFixed(1)} s ` +
          `after ${warm.sent} warm-up; statuses ${codes}; RSS ${mb(before.rss)} -> ${mb(after.rss)} (${after.rss >= before.rss ? '+' : ''}${mb(after.rss - before.rss)}, bound ${mb(rssBoundBytes)}); ` +
          `heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} (bound ${mb(heapBoundBytes)}); ${after.events} onError events`,
      );

      expect(exit, 'the server process ended').toBeUndefined();
      expect(main.sent, 'requests sent within the time limit').toBeGreaterThanOrEqual(requests * 0.5);
      expect(main.outside + warm.outside, 'responses outside 4xx/5xx').toBe(0);
      expect(main.completed, 'complete responses').toBeGreaterThan(main.sent * 0.9);
      expect(after.uncaught, 'uncaught exceptions').toBe(0);
      expect(after.unhandled, 'unhandled rejections').toBe(0);
      expect(after.heapUsed - before.heapUsed, 'heap growth after the warm-up').toBeLessThan(heapBoundBytes);
      expect(after.rss - before.rss, 'RSS growth after the warm-up').toBeLessThan(rssBoundBytes);
      expect(last).toEqual({ status: 200, body: 'ok' });
    },
    timeLimitMs + 30_000,
  );
});
