// The code examples of the READMEs, run as written. Each ```js block is saved to a file inside the
// repository (so the workspace packages and the frameworks resolve as they would in a user's
// project) and run with node. An example that reads `process.env.PORT` is a server: it gets a free
// port on 127.0.0.1, and whoever starts it stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { lexer, walkTokens, type Tokens } from 'marked';
import { repoRoot } from '@errata/test/repo';
import { afterAll, beforeAll } from 'vitest';
import type { Call } from '../frameworks/support/conformance.js';
import { fetchRaw } from '../frameworks/support/http.js';

/** Fence languages that are prose, not programs: shell commands, sample output and data files. */
const notPrograms = new Set(['sh', 'shell', 'bash', 'console', 'text', 'txt', 'yaml', 'json', '']);

export interface Example {
  /** Repository-relative path of the README. */
  readonly readme: string;
  /** The nearest heading above the block, and which block under it (0-based). */
  readonly heading: string;
  readonly index: number;
  readonly lang: string;
  readonly code: string;
  /** Reads `process.env.PORT`: a server to start and stop. */
  readonly server: boolean;
}

/** Every fenced program in a README, in order (shell and output blocks are not programs). */
export function examplesOf(readme: string): Example[] {
  const tokens = lexer(readFileSync(join(repoRoot, readme), 'utf8'));
  const examples: Example[] = [];
  let heading = '';
  let index = 0;
  walkTokens(tokens, (token) => {
    if (token.type === 'heading') {
      heading = (token as Tokens.Heading).text;
      index = 0;
    } else if (token.type === 'code') {
      const { lang = '', text } = token as Tokens.Code;
      if (!notPrograms.has(lang)) examples.push({ readme, heading, index: index++, lang, code: text, server: text.includes('process.env.PORT') });
    }
  });
  return examples;
}

/** The one program under `heading` in a README. */
export function exampleUnder(readme: string, heading: string): Example {
  const found = examplesOf(readme).filter((e) => e.heading === heading);
  if (found.length !== 1) throw new Error(`${readme}: expected one example under "${heading}", found ${found.length}`);
  return found[0]!;
}

export function describeExample(example: Example): string {
  return `${example.readme} "${example.heading}"${example.index > 0 ? ` #${example.index + 1}` : ''}`;
}

function freePort(): Promise<number> {
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

/** A child process with what it printed so far, for failure messages. */
interface Run {
  readonly child: ChildProcess;
  /** The last of what it printed, for failure messages. */
  output(): string;
  /** Everything it printed. */
  all(): string;
  readonly exited: Promise<number | null>;
}

function run(example: Example, env: NodeJS.ProcessEnv): { run: Run; dir: string } {
  if (example.lang !== 'js') {
    throw new Error(`${describeExample(example)} is a \`\`\`${example.lang} block: write examples as JavaScript (\`\`\`js) so they run as written with node`);
  }
  // Inside the repository: imports resolve through the workspace's node_modules (.gitignore'd).
  mkdirSync(join(repoRoot, 'test/.readme-examples'), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, 'test/.readme-examples/run-'));
  const file = join(dir, 'example.mjs');
  writeFileSync(file, `${example.code}\n`);
  // As a user runs it: without the NODE_ENV Vitest sets (`test`).
  const childEnv = { ...process.env, ...env };
  delete childEnv.NODE_ENV;
  const child = spawn(process.execPath, [file], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { run: { child, output: () => output.slice(-4000), all: () => output, exited }, dir };
}

/** Runs a non-server example to its end; resolves to all it printed, rejects if it fails or hangs. */
export async function runToEnd(example: Example, timeoutMs = 20_000): Promise<string> {
  const { run: r, dir } = run(example, {});
  const timer = setTimeout(() => r.child.kill('SIGKILL'), timeoutMs);
  try {
    const code = await r.exited;
    if (code !== 0) throw new Error(`${describeExample(example)} exited with ${code ?? 'a signal'} (hung for ${timeoutMs} ms?):\n${r.output()}`);
    return r.all();
  } finally {
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RunningExample {
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a server example on a free port and waits until it accepts connections. */
export async function startServer(example: Example, timeoutMs = 20_000): Promise<RunningExample> {
  if (!example.server) throw new Error(`${describeExample(example)} does not listen on process.env.PORT`);
  const port = await freePort();
  const { run: r, dir } = run(example, { PORT: String(port) });
  let exitCode: number | null | undefined;
  void r.exited.then((code) => (exitCode = code ?? -1));
  const stop = async () => {
    if (exitCode === undefined) {
      r.child.kill('SIGTERM');
      const killer = setTimeout(() => r.child.kill('SIGKILL'), 5_000);
      await r.exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(
        `${describeExample(example)} ${exitCode !== undefined ? `exited with ${exitCode}` : `did not listen within ${timeoutMs} ms`}:\n${r.output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { base: `http://127.0.0.1:${port}`, output: r.output, stop };
}

/** Starts the example before the suite's tests and stops it after them; `call()` requests it. */
export function serveExample(example: Example): () => Call {
  let running: RunningExample | undefined;
  beforeAll(async () => {
    running = await startServer(example);
  }, 30_000);
  afterAll(() => running?.stop());
  return () => (path, options) => {
    if (!running) throw new Error(`${describeExample(example)} is not running`);
    return fetchRaw(running.base + path, options);
  };
}
