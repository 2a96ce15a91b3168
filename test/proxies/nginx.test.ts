// nginx from Debian in front of an upstream that fails, configured with `errata export`'s
// snippets, exactly as written: each kind of client gets the Errata page of the status in its
// format and language, with nginx's $request_id as the reference (also sent upstream).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, expectPage, nginxId, request } from './support/expect.js';
import { startNginx } from './support/nginx.js';
import { type Export, exportPages, freePort, requireBinary, type Started } from './support/proxy.js';
import { startUpstream, type Upstream } from './support/upstream.js';

describe('nginx with the exported snippets', () => {
  let exported: Export;
  let upstream: Upstream;
  let nginx: Started;
  let base: string;

  // Exporting (and starting a proxy) takes seconds on a busy machine: more than the 10 s hook default.
  beforeAll(async () => {
    requireBinary('nginx', 'nginx');
    exported = exportPages('--service-name', 'Acme Shop', '--link', 'home=/', '--link', 'support=https://help.example.com');
    upstream = await startUpstream();
    const port = await freePort();
    nginx = await startNginx({
      port,
      http: `include ${exported.dir}/config/nginx/http.conf;`,
      server: `include ${exported.dir}/config/nginx/server.conf;
    location / { proxy_pass http://127.0.0.1:${upstream.port}; }
    location /down/ { proxy_pass http://127.0.0.1:${await freePort()}; }`,
    });
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await nginx?.stop();
    await upstream?.close();
    exported?.remove();
  });

  const scenarios = [
    { name: 'the upstream answers 500', path: '/status/500', status: 500, returned: true },
    { name: 'the upstream answers 502', path: '/status/502', status: 502, returned: true },
    { name: 'the upstream answers 503', path: '/status/503', status: 503, returned: true },
    { name: 'the upstream hangs', path: '/hang', status: 504, returned: true },
    { name: 'nothing listens upstream', path: '/down/orders', status: 502, returned: false },
  ];

  for (const scenario of scenarios) {
    it(`${scenario.name}: every client gets its page, with nginx's request id`, async () => {
      await Promise.all(
        clients.map(async (client, i) => {
          const path = `${scenario.path}?client=${i}`;
          const got = await request(base + path, client);
          const id = expectPage(
            exported,
            got,
            { status: scenario.status, format: client.format, locale: client.locale, id: nginxId },
            `${scenario.name}, ${client.format} ${client.locale}`,
          );
          // The upstream logged the same id the person reads on the page.
          if (scenario.returned) expect(upstream.requestIds.get(path)).toBe(id);
        }),
      );
    });
  }

  it('answers HEAD with the headers only and a POST with the page', async () => {
    const head = await request(`${base}/status/503`, clients[0] as (typeof clients)[0], 'HEAD');
    expect(head.status).toBe(503);
    expect(head.body).toBe('');
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const post = await request(`${base}/status/500`, clients[2] as (typeof clients)[0], 'POST');
    expectPage(exported, post, { status: 500, format: 'text', locale: 'en', id: nginxId }, 'POST');
  });

  it('leaves successful responses and the Server header alone (no version)', async () => {
    const ok = await request(`${base}/orders`, clients[0] as (typeof clients)[0]);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('ok\n');
    expect(ok.headers.get('server')).toBe('nginx');
  });
});
