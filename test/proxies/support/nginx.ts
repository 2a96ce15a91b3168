// nginx for the tests: a whole configuration around the exported snippets, one process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBinary, type Started, startProcess, tempDir } from './proxy.js';

export interface NginxSite {
  readonly port: number;
  /** Lines for http { } (the snippets' includes). */
  readonly http: string;
  /** Lines for the server { } (the snippets' includes and the proxied locations). */
  readonly server: string;
}

/** Starts nginx with `site` in a temp dir, with short upstream timeouts. */
export async function startNginx(site: NginxSite): Promise<Started> {
  const nginx = requireBinary('nginx', 'nginx');
  const dir = tempDir('nginx');
  const temp = (name: string) => `${name}_temp_path ${join(dir.path, name)};`;
  const file = join(dir.path, 'nginx.conf');
  writeFileSync(
    file,
    `pid ${join(dir.path, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${site.http}
  server {
    listen 127.0.0.1:${site.port};
    proxy_connect_timeout 1s;
    proxy_read_timeout 1s;
    ${site.server}
  }
}
`,
  );
  // One process, no workers: nothing changes user, so the temp dirs need no wider permissions.
  const started = await startProcess(nginx, ['-p', dir.path, '-c', file, '-g', 'daemon off; master_process off;'], site.port);
  return {
    output: started.output,
    async stop() {
      await started.stop();
      dir.remove();
    },
  };
}
