// Real services for the operations tests: redis-server, prometheus and promtool, Debian's
// packages, each started on 127.0.0.1 with a free port and a temp dir, and stopped by the test.
// A missing binary is a failure that names the apt-get package, never a skip.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binaries = {
  'redis-server': 'redis-server',
  prometheus: 'prometheus',
  promtool: 'prometheus',
} as const;

/** The binary's path; throws with the install command when it is missing. */
export function binary(name: keyof typeof binaries): string {
  for (const dir of ['/usr/bin', '/usr/local/bin', '/usr/sbin']) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`${name} not found. Install Debian's package with \`apt-get install -y ${binaries[name]}\` (.ci/run does). These tests never skip.`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(what: string, ready: () => Promise<boolean>, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

function launch(command: string, args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
  child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
  return { child, output: () => output };
}

export interface RunningRedis {
  readonly port: number;
  readonly url: string;
  /** Stops it and removes its directory. */
  stop(): Promise<void>;
}

/** `redis-server` on 127.0.0.1, a free port, a temp dir, no persistence. */
export async function startRedis(): Promise<RunningRedis> {
  const path = binary('redis-server');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'errata-redis-'));
  const { child, output } = launch(path, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--protected-mode',
    'yes',
  ]);
  const stop = stopper(child, dir);
  try {
    await waitFor('redis-server', () => accepts(port), child, output, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, url: `redis://127.0.0.1:${port}`, stop };
}

export interface RunningPrometheus {
  readonly url: string;
  /** An instant query through the HTTP API: each series' labels and value. */
  query(expr: string): Promise<{ metric: Record<string, string>; value: number }[]>;
  stop(): Promise<void>;
}

/** `prometheus` on 127.0.0.1 scraping `targets` (host:port) every `intervalSeconds`, its TSDB in a temp dir. */
export async function startPrometheus(targets: readonly string[], intervalSeconds = 1): Promise<RunningPrometheus> {
  const path = binary('prometheus');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'errata-prometheus-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global:',
      `  scrape_interval: ${intervalSeconds}s`,
      `  evaluation_interval: ${intervalSeconds}s`,
      'scrape_configs:',
      '  - job_name: errata',
      `    scrape_timeout: ${intervalSeconds}s`,
      '    static_configs:',
      `      - targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  );
  const { child, output } = launch(path, [
    `--config.file=${config}`,
    `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ]);
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, dir);
  try {
    await waitFor('prometheus', async () => (await fetch(`${url}/-/ready`).catch(() => undefined))?.ok === true, child, output, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    async query(expr) {
      const response = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: expr })}`);
      const body = (await response.json()) as {
        status: string;
        data?: { result: { metric: Record<string, string>; value: [number, string] }[] };
        error?: string;
      };
      if (body.status !== 'success' || !body.data) throw new Error(`prometheus query ${expr} failed: ${body.error ?? response.status}`);
      return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    },
    stop,
  };
}

/** Runs `promtool` with `args` (and `input` on stdin). */
export function promtool(args: readonly string[], input?: string): { status: number | null; output: string } {
  const r = spawnSync(binary('promtool'), [...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
