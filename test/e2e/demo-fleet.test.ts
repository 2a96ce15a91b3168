// A fleet: two demo processes sharing one real Redis (Debian's redis-server). An error raised on
// one is found by reference through the other; with Redis stopped, error pages keep their status
// and body and the store failure is counted.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@errata/ops';
import { packagePath } from '@errata/test/repo';
import { type RunningRedis, startRedis } from '@errata/test/services';

const secret = 'fleet-e2e-secret-0123456789abcdef0123456789ab';
const main = packagePath('@errata/demo', 'dist/main.js');

interface Instance {
  readonly url: string;
  stop(): Promise<void>;
}

function startInstance(redisUrl: string): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', ERRATA_TRIAGE_SECRET: secret, ERRATA_REDIS_URL: redisUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the demo printed no URL within 15 s:\n${output}`));
    }, 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code}:\n${output}`));
    });
  });
}

let redis: RunningRedis;
let a: Instance;
let b: Instance;
beforeAll(async () => {
  redis = await startRedis();
  [a, b] = await Promise.all([startInstance(redis.url), startInstance(redis.url)]);
}, 30_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

const page = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

describe('two demo processes sharing Redis', () => {
  it('find an error raised on one by its reference through the other', async () => {
    const failed = await page(`${a.url}/internal-error`, { accept: 'text/html' });
    expect(failed.status).toBe(500);
    const reference = failed.headers.get('x-request-id') as string;
    const token = await signToken({ secret, subject: 'olivia@example.com', roles: ['operator'] });
    await expect
      .poll(async () => (await page(`${b.url}/_errata/errors/${reference}`, { authorization: `Bearer ${token}`, accept: 'application/json' })).status, {
        timeout: 3000,
      })
      .toBe(200);
    const found = JSON.parse((await page(`${b.url}/_errata/errors/${reference}`, { authorization: `Bearer ${token}`, accept: 'application/json' })).body);
    expect(found.error).toMatchObject({ reference, code: 'INTERNAL', status: 500 });
    // The support page of the other instance knows it too.
    expect((await page(`${b.url}/support?reference=${reference}`)).body).toContain(`We found reference <code>${reference}</code>`);
  });

  it('keep every error page (status and body) when Redis stops, and count the store failure', async () => {
    const withoutReference = (body: string, reference: string) => body.replaceAll(reference, '<reference>');
    const before: Record<string, { status: number; body: string }> = {};
    const paths = ['/internal-error', '/api/internal-error', '/no-such-page', '/forbidden'];
    for (const path of paths) {
      const reply = await page(`${a.url}${path}`, { accept: path.startsWith('/api') ? 'application/problem+json' : 'text/html' });
      before[path] = { status: reply.status, body: withoutReference(reply.body, reply.headers.get('x-request-id') as string) };
    }
    await redis.stop();
    for (const path of paths) {
      const reply = await page(`${a.url}${path}`, { accept: path.startsWith('/api') ? 'application/problem+json' : 'text/html' });
      expect({ status: reply.status, body: withoutReference(reply.body, reply.headers.get('x-request-id') as string) }, path).toEqual(before[path]);
    }
    await expect
      .poll(async () => Number(/^errata_store_failures_total\{operation="record"\} (\d+)$/m.exec((await page(`${a.url}/metrics`)).body)?.[1] ?? 0), {
        timeout: 5000,
      })
      .toBeGreaterThanOrEqual(paths.length);
    // The support page says it cannot check, rather than failing or claiming "unknown".
    expect((await page(`${a.url}/support?reference=0123456789abcdef0123456789abcdef`)).body).toContain('we cannot check it just now');
  });
});
