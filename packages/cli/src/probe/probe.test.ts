// Runs the BUILT bin (`npm test` builds first) against servers on 127.0.0.1: a good errata
// service, and services that get their errors wrong in the ways the probe must name.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createErrata, probeHeader } from '@errata/server';
import { errataNode } from '@errata/server/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'errata-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The bin as a child process (asynchronously: the servers under test live in this process). */
function errata(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Report {
  ok: boolean;
  probeHeader: string;
  checks: { name: string; outcome: string; status?: number; problems: { problem: string; fix: string }[] }[];
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, seen };
}

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function probeJson(url: string, ...args: string[]): Promise<{ run: Run; report: Report }> {
  const run = await errata('probe', url, '--format', 'json', ...args);
  return { run, report: JSON.parse(run.stdout) as Report };
}

const failures = (report: Report) => report.checks.flatMap((c) => c.problems.map((p) => `${c.name}: ${p.problem}`));

describe('errata probe against a good errata service', () => {
  let good: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    const { notFound } = errataNode(createErrata({ serviceName: 'Acme Shop' }));
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    good = await serve((req, res) => {
      if (req.url === '/livez') {
        res.writeHead(200, { ...headers, 'content-type': 'application/health+json' }).end('{"status":"pass"}');
      } else if (req.url === '/readyz') {
        res.writeHead(503, { ...headers, 'content-type': 'application/health+json' }).end('{"status":"fail"}');
      } else if (req.url === '/_errata/errors') {
        res
          .writeHead(401, { ...headers, 'content-type': 'application/problem+json', 'www-authenticate': 'Bearer error="invalid_token"' })
          .end('{"type":"about:blank","title":"Unauthorized","status":401}');
      } else notFound(res, req);
    });
    servers.push(good.server);
  });

  it('passes every check, exit status 0, and sends the probe header on every request', async () => {
    const { run, report } = await probeJson(good.url);
    expect(failures(report)).toEqual([]);
    expect(run.status).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.outcome)).toEqual(Array(report.checks.length).fill('pass'));
    expect(report.checks.map((c) => c.name)).toEqual([
      'unknown path as a browser',
      'unknown path as an API client',
      'unknown path as curl',
      'unknown path, HEAD',
      'liveness',
      'readiness',
      'triage',
    ]);
    expect(report.probeHeader).toBe(probeHeader);
    expect(good.seen.length).toBeGreaterThanOrEqual(report.checks.length);
    for (const req of good.seen) expect(req.headers[probeHeader]).toBe('1');
  });

  it('prints a readable report', async () => {
    const run = await errata('probe', good.url);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok {3}unknown path as a browser: GET \/errata-probe-[0-9a-f]{12} -> 404 text\/html; charset=utf-8$/m);
    expect(run.stdout).toMatch(/^OK: 7 passed, 0 failed, 0 warned, 0 skipped$/m);
  });

  it('fails an endpoint the expectations require and the service does not have, naming it', async () => {
    const expectFile = join(dir, 'require-healthz.json');
    writeFileSync(expectFile, JSON.stringify({ health: [{ name: 'health', path: '/healthz', status: [200], required: true }], triage: [] }));
    const { run, report } = await probeJson(good.url, '--expect', expectFile);
    expect(run.status).toBe(1);
    expect(failures(report)).toEqual(['health: health answered 404, expected 200']);
  });
});

describe('errata probe against services that get errors wrong', () => {
  it('names an error answered with 200, with what to fix', async () => {
    const soft = await serve((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html lang="en"><title>Not found</title><h1>Not found</h1></html>');
    });
    servers.push(soft.server);
    const { run, report } = await probeJson(soft.url);
    expect(run.status).toBe(1);
    expect(report.ok).toBe(false);
    const browser = report.checks.find((c) => c.name === 'unknown path as a browser');
    expect(browser?.outcome).toBe('fail');
    expect(browser?.problems.map((p) => p.problem)).toContain('an unknown path answered 200: an error answered as a success');
    expect(browser?.problems.find((p) => p.problem.includes('answered 200'))?.fix).toMatch(/send the error status/);
    const text = await errata('probe', soft.url);
    expect(text.stdout).toMatch(/^FAIL unknown path as a browser: GET .* -> 200 text\/html; charset=utf-8$/m);
    expect(text.stdout).toContain('fix: send the error status with the page');
    expect(text.stdout).toMatch(/^FAILED: /m);
  });

  it('names a leaked stack trace', async () => {
    const leaky = await serve((_req, res) => {
      const stack =
        'TypeError: Cannot read properties of undefined (reading "id")\n    at getOrder (/srv/app/src/orders.js:42:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)';
      res
        .writeHead(404, {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'x-powered-by': 'Express',
        })
        .end(stack);
    });
    servers.push(leaky.server);
    const { run, report } = await probeJson(leaky.url);
    expect(run.status).toBe(1);
    const curl = report.checks.find((c) => c.name === 'unknown path as curl');
    const problems = curl?.problems.map((p) => p.problem) ?? [];
    expect(problems).toContain('the body shows a JavaScript stack trace');
    expect(problems).toContain("the body shows an exception's name and message");
    expect(problems).toContain('the body shows a source file path');
    expect(problems).toContain('X-Powered-By: Express');
  });

  it('names a reference the body does not show and invalid problem+json', async () => {
    const off = await serve((_req, res) => {
      res
        .writeHead(404, {
          'content-type': 'application/problem+json',
          'x-request-id': 'abc123',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        })
        .end('{"title":"Not found","status":200,"traceId":"zzz"}');
    });
    servers.push(off.server);
    const { report } = await probeJson(off.url);
    const api = report.checks.find((c) => c.name === 'unknown path as an API client')?.problems.map((p) => p.problem) ?? [];
    expect(api).toContain('problem+json: the body does not show the reference abc123 from X-Request-Id');
    expect(api).toContain('problem+json has no string "type"');
    expect(api).toContain('problem+json "status" is 200, the response 404');
    expect(api).toContain('problem+json traceId zzz differs from X-Request-Id abc123');
  });

  it('fails every check when nothing answers', async () => {
    const closed = await serve(() => {});
    const url = closed.url;
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const { run, report } = await probeJson(url);
    expect(run.status).toBe(1);
    expect(report.checks.every((c) => c.outcome === 'fail')).toBe(true);
    expect(report.checks[0]?.problems[0]?.problem).toBe('could not connect (ECONNREFUSED)');
  });
});

describe('errata probe usage', () => {
  it('refuses a missing or bad URL and a bad --expect file with exit status 2', async () => {
    expect((await errata('probe')).status).toBe(2);
    const ftp = await errata('probe', 'ftp://example.com');
    expect(ftp.status).toBe(2);
    expect(ftp.stderr).toContain('probe takes an http(s) URL');
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify({ helth: [] }));
    const bad = await errata('probe', 'http://127.0.0.1:9', '--expect', typo);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('helth must be one of timeoutMs, unknownPath, health, triage (unknown field)');
    const status = join(dir, 'status.json');
    writeFileSync(status, JSON.stringify({ unknownPath: { status: ['404'] } }));
    expect((await errata('probe', 'http://127.0.0.1:9', '--expect', status)).stderr).toContain('unknownPath.status must be a non-empty array of HTTP statuses');
  });
});
