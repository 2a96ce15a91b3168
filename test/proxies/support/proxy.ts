// Real proxies for the tests: each one found on the machine (or the test fails naming the Debian
// package that provides it), started on 127.0.0.1 with a free port and a temp dir, waited for,
// and stopped by the test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer, connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { packagePath } from '@errata/test/repo';

/** The binary, from PATH or the sbin directories a non-root PATH leaves out. */
export function requireBinary(name: string, aptPackage: string): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  // Proxy suites never skip: a missing proxy is a failure with the fix in its message.
  throw new Error(`${name} is not installed: run \`apt-get install -y ${aptPackage}\` (Debian’s ${aptPackage} package). Proxy tests start the real binary.`);
}

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `errata-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface Started {
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts `command`, waits until `port` accepts connections, and fails with its output if it exits first. */
export async function startProcess(command: string, args: readonly string[], port: number, env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const result = await Promise.race([exited.then((code) => ({ exited: code })), canConnect(port).then((ok) => ({ ok }))]);
    if ('exited' in result) throw new Error(`${command} exited with ${result.exited} before listening on ${port}:\n${output}`);
    if (result.ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${command} did not listen on ${port} within 15 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The built `errata` bin. */
export const cliPath = packagePath('@errata/cli', 'dist/cli.js');

/** Runs the built `errata` as a shell would. */
export function errata(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface Export {
  readonly dir: string;
  readonly manifest: Manifest;
  read(path: string): string;
  remove(): void;
}

export interface Manifest {
  readonly root: string;
  readonly locales: string[];
  readonly contentSecurityPolicy: string;
  readonly statuses: { status: number; code: string }[];
  readonly proxies: Record<string, { config: { path: string }[] }>;
  readonly files: { path: string; kind: string; proxy?: string; status?: number; locale?: string; format?: string; bytes: number; sentBytes?: number }[];
}

/** `errata export` into a temp dir, as the proxies' snippets will read it. */
export function exportPages(...args: string[]): Export {
  const dir = tempDir('export');
  const run = errata('export', '--out', dir.path, ...args);
  if (run.status !== 0) {
    dir.remove();
    throw new Error(`errata export failed (${run.status}):\n${run.stderr}${run.stdout}`);
  }
  const read = (path: string) => readFileSync(join(dir.path, path), 'utf8');
  return { dir: dir.path, manifest: JSON.parse(read('manifest.json')) as Manifest, read, remove: dir.remove };
}
