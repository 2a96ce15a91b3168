// `errata serve-errors`: an error backend for ingress-nginx custom errors and Traefik's errors
// middleware (@errata/server/error-backend), until SIGINT or SIGTERM.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errataErrorBackend, type ErrorBackend } from '@errata/server/error-backend';
import { catalogFileHelp } from '../catalog-file.js';
import { defineCommand, UsageError } from '../command.js';
import { optionsMistake, pageOptionSpec, pageOptions, pageOptionsHelp } from '../page-options.js';

const help = `Usage: errata serve-errors [catalogFile] [--port 8080] [--host 127.0.0.1] [options]

An error backend: a proxy that has decided a request failed asks it for the page. It answers
ingress-nginx's custom-errors protocol (X-Code, X-Format, X-Original-URI, X-Request-ID, ...) and
Traefik's errors middleware (the status in the path, e.g. query: "/{status}") with the errata page
of that status: never 2xx, in the client's format and language, the proxy's request id as the
reference, errata's security headers. A request naming no error gets the 404 page (ingress-nginx's
default backend); GET <liveness path> answers 200 ok. Prints the URL, then serves until SIGINT or
SIGTERM.

Options:
  --port <n>              default 8080; 0 picks a free port (the printed URL says which)
  --host <address>        default 127.0.0.1; 0.0.0.0 to serve other machines (a container)
  --liveness-path <path>  default /healthz
  -h, --help              show this help

${pageOptionsHelp}

${catalogFileHelp}`;

export const command = defineCommand({
  help,
  maxPositionals: 1,
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'liveness-path': { type: 'string', default: '/healthz' },
    ...pageOptionSpec,
  },
  async run(values, positionals) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port takes 0 to 65535, not ${values.port}.`);
    const page = await pageOptions(values, positionals[0]);
    if (!page.ok) {
      process.stderr.write(`${page.problems}\n`);
      return 1;
    }
    let backend: ErrorBackend;
    try {
      backend = errataErrorBackend({ ...page.options, livenessPath: values['liveness-path'] });
    } catch (error) {
      throw optionsMistake(error) ?? error;
    }
    const server = createServer(backend.handle);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, values.host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    process.stdout.write(`errata serve-errors: listening on http://${host}:${address.port}/\n`);
    return new Promise<number>((resolve) => {
      const stop = () => {
        server.closeAllConnections();
        server.close(() => resolve(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
});
