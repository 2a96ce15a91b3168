// Apache from Debian in front of an upstream that fails, configured with `errata export`'s
// snippet as written: mod_negotiation's type maps choose the format and language (q-values
// included), and the pages carry no reference (Apache cannot fill one into a static file).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, expectPlainPage, request } from './support/expect.js';
import { type Export, exportPages, freePort, requireBinary, type Started, startProcess, tempDir } from './support/proxy.js';
import { startUpstream, type Upstream } from './support/upstream.js';

const modules = '/usr/lib/apache2/modules';

describe('Apache with the exported snippet', () => {
  let exported: Export;
  let upstream: Upstream;
  let apache: Started;
  let base: string;
  let dir: { path: string; remove(): void };

  // Exporting (and starting a proxy) takes seconds on a busy machine: more than the 10 s hook default.
  beforeAll(async () => {
    const binary = requireBinary('apache2', 'apache2');
    exported = exportPages('--service-name', 'Acme Shop', '--link', 'home=/');
    upstream = await startUpstream();
    const port = await freePort();
    dir = tempDir('apache');
    const file = join(dir.path, 'httpd.conf');
    const load = (name: string) => `LoadModule ${name}_module ${modules}/mod_${name}.so`;
    writeFileSync(
      file,
      `ServerRoot ${dir.path}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${join(dir.path, 'httpd.pid')}
ErrorLog ${join(dir.path, 'error.log')}
LogLevel warn
${['mpm_event', 'authz_core', 'alias', 'mime', 'negotiation', 'headers', 'proxy', 'proxy_http'].map(load).join('\n')}
TypesConfig /etc/mime.types
<VirtualHost 127.0.0.1:${port}>
Include ${exported.dir}/config/apache/errata.conf
ProxyPass /down/ http://127.0.0.1:${await freePort()}/
ProxyPass / http://127.0.0.1:${upstream.port}/ timeout=1
</VirtualHost>
`,
    );
    // -X: one process in the foreground, stopped with the test.
    apache = await startProcess(binary, ['-X', '-f', file], port);
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await apache?.stop();
    await upstream?.close();
    dir?.remove();
    exported?.remove();
  });

  const scenarios = [
    { name: 'the upstream answers 500', path: '/status/500', status: 500 },
    { name: 'the upstream answers 502', path: '/status/502', status: 502 },
    { name: 'the upstream answers 503', path: '/status/503', status: 503 },
    // mod_proxy answers a read timeout with 502 and a refused connection with 503.
    { name: 'the upstream hangs', path: '/hang', status: 502 },
    { name: 'nothing listens upstream', path: '/down/orders', status: 503 },
  ];

  for (const scenario of scenarios) {
    it(`${scenario.name}: every client gets its page`, async () => {
      await Promise.all(
        clients.map(async (client, i) => {
          const got = await request(`${base}${scenario.path}?client=${i}`, client);
          expectPlainPage(
            exported,
            got,
            { status: scenario.status, format: client.format, locale: client.locale },
            `${scenario.name}, ${client.format} ${client.locale}`,
          );
        }),
      );
    });
  }

  it('weighs q-values, which the other proxies cannot', async () => {
    const got = await request(`${base}/status/500`, { accept: 'text/html;q=0.5, application/json', acceptLanguage: 'en;q=0.2, de' });
    expectPlainPage(exported, got, { status: 500, format: 'json', locale: 'de' }, 'q-values');
  });

  it('leaves successful responses alone', async () => {
    const ok = await request(`${base}/orders`, clients[0] as (typeof clients)[number]);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('ok\n');
  });
});
