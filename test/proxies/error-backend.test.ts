// nginx from Debian in front of the demo, with `errata serve-errors` as its error backend (the
// ingress-nginx custom-errors protocol, as `errata export` writes it in error-backend.conf): the
// demo's error responses and the demo being down both reach the client as the backend's pages,
// with nginx's request id as the reference. Then `errata probe` passes against the demo and
// against nginx with the demo down.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '@errata/demo';
import { parsePage } from '@errata/test/page';
import { clients, expectSecurityHeaders, nginxId, request } from './support/expect.js';
import { startNginx } from './support/nginx.js';
import { cliPath, type Export, exportPages, freePort, requireBinary, type Started, startProcess } from './support/proxy.js';

/** `errata probe` as a child process: the exit status and the JSON report. */
function runProbe(
  url: string,
): Promise<{ status: number | null; report: { ok: boolean; checks: { name: string; outcome: string; status?: number; problems: { problem: string }[] }[] } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'probe', url, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (status) => {
      try {
        resolve({ status, report: JSON.parse(out) });
      } catch {
        reject(new Error(`probe printed no JSON (${status}):\n${out}${err}`));
      }
    });
  });
}

describe('nginx in front of the demo, errata serve-errors as its error backend', () => {
  let demo: Demo | undefined;
  let backend: Started;
  let nginx: Started;
  let exported: Export;
  let base: string;

  // Exporting (and starting a proxy) takes seconds on a busy machine: more than the 10 s hook default.
  beforeAll(async () => {
    requireBinary('nginx', 'nginx');
    demo = await startDemo({ port: 0 });
    const backendPort = await freePort();
    backend = await startProcess(process.execPath, [cliPath, 'serve-errors', '--port', String(backendPort)], backendPort);
    exported = exportPages('--error-backend', `http://127.0.0.1:${backendPort}`);
    const port = await freePort();
    nginx = await startNginx({
      port,
      http: '',
      server: `include ${exported.dir}/config/nginx/error-backend.conf;
    location / { proxy_pass ${demo.url}; }`,
    });
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await nginx?.stop();
    await backend?.stop();
    await demo?.close();
    exported?.remove();
  });

  /** The backend's page: the status, format and language asked for, nginx's id in the header and on the page. */
  function expectBackendPage(got: Awaited<ReturnType<typeof request>>, status: number, client: (typeof clients)[number], where: string) {
    expect(got.status, `${where}: status`).toBe(status);
    expect(got.headers.get('content-type'), `${where}: type`).toBe(
      { html: 'text/html; charset=utf-8', json: 'application/problem+json', text: 'text/plain; charset=utf-8' }[client.format],
    );
    expect(got.headers.get('content-language'), `${where}: language`).toBe(client.locale);
    const id = got.headers.get('x-request-id') ?? '';
    expect(id, `${where}: nginx's $request_id`).toMatch(nginxId);
    if (client.format === 'html') expect(parsePage(got.body).traceId, `${where}: reference`).toBe(id);
    if (client.format === 'json') expect(JSON.parse(got.body), `${where}: traceId`).toMatchObject({ status, traceId: id });
    if (client.format === 'text') expect(got.body, `${where}: reference`).toContain(`: ${id}\n`);
    expectSecurityHeaders(exported, got, client.format, where);
  }

  const demoScenarios = [
    { path: '/internal-error', status: 500 },
    { path: '/upstream-down', status: 502 },
    { path: '/maintenance', status: 503 },
    { path: '/upstream-timeout', status: 504 },
  ];
  for (const scenario of demoScenarios) {
    it(`the demo answers ${scenario.path} with ${scenario.status}: every client gets the backend's page`, async () => {
      await Promise.all(
        clients.map(async (client) =>
          expectBackendPage(await request(base + scenario.path, client), scenario.status, client, `${scenario.path} ${client.format}`),
        ),
      );
    });
  }

  it('errata probe passes against the demo itself', async () => {
    const { status, report } = await runProbe(demo?.url as string);
    expect(report.checks.filter((c) => c.outcome === 'fail')).toEqual([]);
    expect(status).toBe(0);
    expect(report.checks.find((c) => c.name === 'unknown path as a browser')?.status).toBe(404);
  });

  it('the demo down: nginx answers 502 with the backend page, and errata probe passes against it', async () => {
    await demo?.close();
    demo = undefined;
    await Promise.all(clients.map(async (client) => expectBackendPage(await request(`${base}/orders/42`, client), 502, client, `demo down ${client.format}`)));
    const { status, report } = await runProbe(base);
    expect(report.checks.filter((c) => c.outcome === 'fail')).toEqual([]);
    expect(status).toBe(0);
    expect(report.checks.find((c) => c.name === 'unknown path as an API client')?.status).toBe(502);
    // The health endpoints sit behind the same proxy: unreachable, reported, not failed.
    expect(report.checks.find((c) => c.name === 'liveness')?.outcome).toBe('warn');
  });
});
