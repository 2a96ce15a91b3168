import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarios } from '@errata/demo';
import { packagePath } from '@errata/test/repo';

const main = packagePath('@errata/demo', 'dist/main.js');

/** Resolves with the URL the demo prints, or rejects after `ms` with what it printed instead. */
function urlFrom(child: ChildProcess, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL within ${ms} ms; output:\n${output}`)), ms);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`demo exited with ${code} before serving; output:\n${output}`));
    });
  });
}

describe('the demo starts as `npm start` runs it', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGTERM');
    child = undefined;
  });

  it('serves the index listing every scenario within 15 s (PORT=0 prints the real port)', async () => {
    expect(existsSync(main), 'apps/demo/dist/main.js is missing: run `npm run build` first').toBe(true);
    child = spawn(process.execPath, [main], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await urlFrom(child, 15_000);
    expect(url).not.toMatch(/:0\/$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const s of scenarios) expect(html).toContain(`href="${s.path}"`);
  });

  it('refuses a bad PORT with a clear message instead of crashing', async () => {
    child = spawn(process.execPath, [main], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child!.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT must be an integer');
  });
});
