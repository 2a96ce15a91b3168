// Caddy from Debian in front of an upstream that fails, configured with `errata export`'s
// Caddyfile snippets as written: every client gets the Errata page of the status in its format
// and language, with Caddy's {http.request.uuid} as the reference (also sent upstream).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, expectPage, request, uuid } from './support/expect.js';
import { type Export, exportPages, freePort, requireBinary, type Started, startProcess, tempDir } from './support/proxy.js';
import { startUpstream, type Upstream } from './support/upstream.js';

describe('Caddy with the exported snippets', () => {
  let exported: Export;
  let upstream: Upstream;
  let caddy: Started;
  let base: string;
  let dir: { path: string; remove(): void };

  // Exporting (and starting a proxy) takes seconds on a busy machine: more than the 10 s hook default.
  beforeAll(async () => {
    const binary = requireBinary('caddy', 'caddy');
    exported = exportPages('--service-name', 'Acme Shop', '--link', 'home=/');
    upstream = await startUpstream();
    const port = await freePort();
    dir = tempDir('caddy');
    const file = join(dir.path, 'Caddyfile');
    writeFileSync(
      file,
      `{
	admin off
	auto_https off
}
import ${exported.dir}/config/caddy/Caddyfile
http://127.0.0.1:${port} {
	import errata_errors
	handle /down/* {
		reverse_proxy 127.0.0.1:${await freePort()}
	}
	handle {
		reverse_proxy 127.0.0.1:${upstream.port} {
			import errata_proxy
			transport http {
				response_header_timeout 1s
			}
		}
	}
}
`,
    );
    // Caddy keeps state under XDG dirs: a temp dir, not the user's home.
    const env = { ...process.env, XDG_CONFIG_HOME: join(dir.path, 'config'), XDG_DATA_HOME: join(dir.path, 'data'), HOME: dir.path };
    caddy = await startProcess(binary, ['run', '--config', file, '--adapter', 'caddyfile'], port, env);
    base = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await caddy?.stop();
    await upstream?.close();
    dir?.remove();
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
    it(`${scenario.name}: every client gets its page, with Caddy's request uuid`, async () => {
      await Promise.all(
        clients.map(async (client, i) => {
          const path = `${scenario.path}?client=${i}`;
          const got = await request(base + path, client);
          const id = expectPage(
            exported,
            got,
            { status: scenario.status, format: client.format, locale: client.locale, id: uuid },
            `${scenario.name}, ${client.format} ${client.locale}`,
          );
          if (scenario.returned) expect(upstream.requestIds.get(path)).toBe(id);
        }),
      );
    });
  }

  it('answers HEAD with the headers only, and leaves successful responses alone', async () => {
    const head = await request(`${base}/status/503`, clients[0] as (typeof clients)[number], 'HEAD');
    expect(head.status).toBe(503);
    expect(head.body).toBe('');
    const ok = await request(`${base}/orders`, clients[0] as (typeof clients)[number]);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('ok\n');
  });
});
