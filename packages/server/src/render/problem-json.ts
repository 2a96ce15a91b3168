import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { FormattedMessage } from '@errata/catalog';
import type { ResponseContext } from '../context.js';
import { isPlainTraceId } from '../safety/trace.js';
import { plainText } from './plain-text.js';

/** `NOT_FOUND` -> `not-found`: the page name in the generated error reference. */
export function referencePage(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/** RFC 9457 problem details, with errata's extension members. */
export function renderProblemJson(ctx: ResponseContext, referenceBaseUrl: string | undefined): string {
  if (!reusable(ctx)) return problemJson(ctx, referenceBaseUrl, ctx.traceId);
  // A storm answers the same error again and again: the document is the same but for its trace
  // id, so it is serialised once per message and the id spliced in (the id is hex or a sanitised
  // request id, which JSON never escapes).
  let parts = spliced.get(ctx.message);
  if (parts === undefined || parts.status !== ctx.status || parts.code !== ctx.code || parts.base !== referenceBaseUrl) {
    const [head, middle, tail, ...rest] = problemJson(ctx, referenceBaseUrl, traceSentinel).split(traceSentinel);
    if (head === undefined || middle === undefined || tail === undefined || rest.length > 0) return problemJson(ctx, referenceBaseUrl, ctx.traceId);
    parts = { status: ctx.status, code: ctx.code, base: referenceBaseUrl, pieces: [head, middle, tail] };
    spliced.set(ctx.message, parts);
  }
  const [head, middle, tail] = parts.pieces;
  return head + ctx.traceId + middle + ctx.traceId + tail;
}

/** The one statement of the document's members and their order. */
function problemJson(ctx: ResponseContext, referenceBaseUrl: string | undefined, traceId: string): string {
  const problem: Record<string, unknown> = referenceBaseUrl
    ? { type: referenceBaseUrl + referencePage(ctx.code), title: ctx.message.title }
    : // RFC 9457 §4.2.1: with about:blank the title should be the status's reason phrase.
      { type: 'about:blank', title: STATUS_CODES[ctx.status] ?? 'Error' };
  problem.status = ctx.status;
  problem.detail = ctx.exposedMessage ?? plainText(ctx.message.description);
  // The trace URN names this occurrence without reflecting the (attacker-chosen) request URL.
  // A static page (static-page.ts) may have no occurrence to name.
  if (traceId) problem.instance = `urn:trace:${traceId}`;
  problem.code = ctx.code;
  if (traceId) problem.traceId = traceId;
  if (ctx.retryAfter) problem.retryAfter = ctx.retryAfter.seconds ?? ctx.retryAfter.header;
  if (ctx.errors && ctx.errors.length > 0) problem.errors = ctx.errors;
  if (ctx.diagnostics) problem.diagnostics = ctx.diagnostics;
  return JSON.stringify(problem);
}

/** Only the catalog's copy, the status and the trace id vary the document, and the id is JSON-safe. */
function reusable(ctx: ResponseContext): boolean {
  return ctx.exposedMessage === undefined && !ctx.retryAfter && !(ctx.errors && ctx.errors.length > 0) && !ctx.diagnostics && isPlainTraceId(ctx.traceId);
}

/** Unguessable per process, and JSON-safe: no copy or value can contain it by chance or design. */
const traceSentinel = `errata${randomBytes(12).toString('hex')}`;
const spliced = new WeakMap<FormattedMessage, { status: number; code: string; base: string | undefined; pieces: readonly [string, string, string] }>();
