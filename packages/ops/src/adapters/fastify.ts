import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Ops } from '../ops.js';
import { nodeOpsRequest, referenceOf, writeAnswer } from './node-shared.js';

// Structural types for the parts of Fastify these use (no dependency on fastify).
interface FastifyRequestLike {
  raw: IncomingMessage;
  routeOptions?: { url?: string };
}
interface FastifyReplyLike {
  raw: ServerResponse;
  hijack(): unknown;
  callNotFound(): unknown;
}
type Done = (error?: Error) => void;
type Hook = (request: FastifyRequestLike, reply: FastifyReplyLike, done: Done) => void;
interface FastifyInstanceLike {
  addHook(name: 'onRequest' | 'onResponse', hook: Hook): unknown;
  route(options: { method: string[]; url: string; handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<unknown> }): unknown;
}

export interface OpsFastifyOptions {
  readonly ops: Ops;
  /** Add the observing hooks (default true). */
  readonly observe?: boolean;
  /** Add the endpoints as routes (default true). */
  readonly endpoints?: boolean;
}

const started = new WeakMap<IncomingMessage, number>();

/**
 * A plugin: `await app.register(opsFastify, { ops })`. Its `onRequest`/`onResponse` hooks measure
 * every request under Fastify's route pattern (`unmatched` for the not-found handler) and verify
 * a bearer token ahead for diagnostics; the endpoints become routes. Marked like
 * `fastify-plugin` output so the hooks apply to every route, wherever they are registered.
 */
export function opsFastify(app: FastifyInstanceLike, options: OpsFastifyOptions, done: Done): void {
  const { ops } = options;
  if (!ops || typeof ops.handle !== 'function') {
    done(new TypeError('opsFastify: pass { ops } from createOps()'));
    return;
  }
  if (options.observe !== false) {
    app.addHook('onRequest', (request, _reply, next) => {
      started.set(request.raw, ops.requestStarted());
      const verifying = ops.prepare(request.raw);
      if (verifying)
        verifying.then(
          () => next(),
          () => next(),
        );
      else next();
    });
    app.addHook('onResponse', (request, reply, next) => {
      const res = reply.raw;
      const status = res.statusCode;
      // The not-found handler runs without a route; Fastify still reports its catch-all pattern.
      const route = request.routeOptions?.url;
      ops.requestFinished(
        started.get(request.raw) ?? ops.requestStarted(),
        request.raw.method ?? 'GET',
        route,
        status,
        status >= 400 ? referenceOf(res) : undefined,
      );
      next();
    });
  }
  if (options.endpoints !== false) {
    const handler = async (request: FastifyRequestLike, reply: FastifyReplyLike) => {
      const answer = await ops.handle(nodeOpsRequest(request.raw));
      if (!answer) return reply.callNotFound();
      // Written as is: Fastify's serialisers would add a charset to health+json, for instance.
      reply.hijack();
      writeAnswer(reply.raw, answer);
      return reply;
    };
    for (const url of [ops.paths.livez, ops.paths.readyz, ops.paths.metrics, ops.paths.errors, ops.paths.audit]) {
      if (url) app.route({ method: ['GET', 'HEAD'], url, handler });
    }
    if (ops.paths.errors) app.route({ method: ['GET', 'HEAD'], url: `${ops.paths.errors}/:reference`, handler });
  }
  done();
}
// What fastify-plugin sets: the plugin is not encapsulated, so its hooks see every route.
Object.assign(opsFastify, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'errata-ops' });
