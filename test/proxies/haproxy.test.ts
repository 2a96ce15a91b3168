// HAProxy from Debian in front of an upstream that fails, configured with `errata export`'s
// snippets as written. Error responses from the upstream and a backend with no usable server get
// the page in the client's format and language; HAProxy's own errors (timeouts, refused
// connections) get the one page per status that http-error allows (HTML, default locale). Every
// page shows HAProxy's unique-id; the errorfiles variant serves the whole-response files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, expectPage, expectSecurityHeaders, request, uuid } from './support/expect.js';
import { type Export, exportPages, freePort, requireBinary, type Started, startProcess, tempDir } from './support/proxy.js';
import { startUpstream, type Upstream } from './support/upstream.js';

describe('HAProxy with the exported snippets', () => {
  let exported: Export;
  let upstream: Upstream;
  let haproxy: Started;
  let base: string;
  let dir: { path: string; remove(): void };

  // Exporting (and starting a proxy) takes seconds on a busy machine: more than the 10 s hook default.
  beforeAll(async () => {
    const binary = requireBinary('haproxy', 'haproxy');
    exported = exportPages('--service-name', 'Acme Shop', '--link', 'home=/');
    upstream = await startUpstream();
    const port = await freePort();
    const dead = await freePort();
    dir = tempDir('haproxy');
    const snippet = (name: string) => exported.read(`config/haproxy/${name}`);
    const config = `global
  log stderr format raw local0 warning
defaults
  mode http
  log global
  retries 0
  timeout connect 1s
  timeout client 10s
  timeout server 1s
frontend web
  bind 127.0.0.1:${port}
${snippet('frontend.cfg')}
  use_backend down if { path_beg /down/ }
  use_backend checked if { path_beg /checked/ }
  use_backend plain if { path_beg /plain/ }
  default_backend app
backend app
  server app 127.0.0.1:${upstream.port}
${snippet('backend.cfg')}
backend down
  server app 127.0.0.1:${dead}
${snippet('backend.cfg')}
backend checked
  server app 127.0.0.1:${dead} check inter 100ms fall 1 rise 1
${snippet('backend.cfg')}
backend plain
  server app 127.0.0.1:${dead}
  errorfiles errata
`;
    const file = join(dir.path, 'haproxy.cfg');
    writeFileSync(file, config);
    haproxy = await startProcess(binary, ['-db', '-f', file, '-f', join(exported.dir, 'config/haproxy/errors.cfg')], port);
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await haproxy?.stop();
    await upstream?.close();
    dir?.remove();
    exported?.remove();
  });

  for (const status of [500, 502, 503]) {
    it(`the upstream answers ${status}: every client gets its page, with HAProxy's unique id`, async () => {
      await Promise.all(
        clients.map(async (client, i) => {
          const path = `/status/${status}?client=${i}`;
          const got = await request(base + path, client);
          const id = expectPage(
            exported,
            got,
            { status, format: client.format, locale: client.locale, id: uuid },
            `${status}, ${client.format} ${client.locale}`,
          );
          expect(upstream.requestIds.get(path)).toBe(id);
        }),
      );
    });
  }

  it('a backend with no usable server (health checks): every client gets the 503 page', async () => {
    // Wait for the first failed check to mark the server down.
    const json = clients[1] as (typeof clients)[number];
    const deadline = Date.now() + 10_000;
    while ((await request(`${base}/checked/`, json)).headers.get('content-type') !== 'application/problem+json') {
      if (Date.now() > deadline) throw new Error(`HAProxy never marked the server down:\n${haproxy.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const client of clients) {
      const got = await request(`${base}/checked/orders`, client);
      expectPage(exported, got, { status: 503, format: client.format, locale: client.locale, id: uuid }, `no server, ${client.format} ${client.locale}`);
    }
  });

  const own = [
    { name: 'the upstream hangs', path: '/hang', status: 504 },
    { name: 'nothing listens upstream', path: '/down/orders', status: 503 },
  ];
  for (const scenario of own) {
    it(`${scenario.name}: HAProxy's own ${scenario.status}, HTML in the default locale for every client`, async () => {
      await Promise.all(
        clients.map(async (client) => {
          const got = await request(base + scenario.path, client);
          expectPage(exported, got, { status: scenario.status, format: 'html', locale: 'en', id: uuid }, `${scenario.name}, asked ${client.format}`);
        }),
      );
    });
  }

  it('sends upstream only its own id, never one the client made up', async () => {
    const res = await fetch(`${base}/status/500?spoof`, { headers: { 'x-request-id': 'client-chosen' } });
    await res.text();
    expect(upstream.requestIds.get('/status/500?spoof')).toBe(res.headers.get('x-request-id'));
  });

  it('serves the whole-response errorfiles as written (no request id)', async () => {
    const got = await request(`${base}/plain/orders`, clients[0] as (typeof clients)[number]);
    const file = exported.read('haproxy/errorfiles/503.http');
    const [head = '', body] = file.split('\r\n\r\n');
    expect(got.status).toBe(503);
    expect(got.body).toBe(body);
    for (const line of head.split('\r\n').slice(1)) {
      const [name = '', value] = line.split(': ');
      expect(got.headers.get(name), name).toBe(value);
    }
    expect(got.headers.get('x-request-id')).toBeNull();
    expect(got.body).not.toContain('ERRATA_REQUEST_ID');
    expectSecurityHeaders(exported, got, 'html', 'errorfile');
  });

  it('keeps every exported HAProxy response within its limit', () => {
    const limit = 15_360;
    const haproxyFiles = exported.manifest.files.filter((f) => f.proxy === 'haproxy' && f.kind !== 'config');
    expect(haproxyFiles.length).toBeGreaterThan(0);
    for (const file of haproxyFiles) expect(file.sentBytes ?? file.bytes, file.path).toBeLessThanOrEqual(limit);
  });
});
