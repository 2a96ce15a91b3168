import { STATUS_CODES } from 'node:http';
import type { ResponseContext } from '../context.js';
import { plainText } from './plain-text.js';

/** `NOT_FOUND` -> `not-found`: the page name in the generated error reference. */
export function referencePage(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/** RFC 9457 problem details, with errata's extension members. */
export function renderProblemJson(ctx: ResponseContext, referenceBaseUrl: string | undefined): string {
  const problem: Record<string, unknown> = referenceBaseUrl
    ? { type: referenceBaseUrl + referencePage(ctx.code), title: ctx.message.title }
    : // RFC 9457 §4.2.1: with about:blank the title should be the status's reason phrase.
      { type: 'about:blank', title: STATUS_CODES[ctx.status] ?? 'Error' };
  problem.status = ctx.status;
  problem.detail = ctx.exposedMessage ?? plainText(ctx.message.description);
  // The trace URN names this occurrence without reflecting the (attacker-chosen) request URL.
  // A static page (static-page.ts) may have no occurrence to name.
  if (ctx.traceId) problem.instance = `urn:trace:${ctx.traceId}`;
  problem.code = ctx.code;
  if (ctx.traceId) problem.traceId = ctx.traceId;
  if (ctx.retryAfter) problem.retryAfter = ctx.retryAfter.seconds ?? ctx.retryAfter.header;
  if (ctx.errors && ctx.errors.length > 0) problem.errors = ctx.errors;
  if (ctx.diagnostics) problem.diagnostics = ctx.diagnostics;
  return JSON.stringify(problem);
}
