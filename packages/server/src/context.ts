import type { CatalogEntry, FormattedMessage, UiStrings } from '@errata/catalog';
import { randomBytes } from 'node:crypto';
import { collectDiagnostics, type Diagnostics } from './diagnostics/collect.js';
import type { RetryAfter } from './message.js';
import type { ResolvedOptions } from './options.js';
import type { RequestView } from './request.js';
import type { ErrorInfo } from './safety/normalise.js';
import type { RedactionMemo } from './redaction-memo.js';
import type { Redactor } from './safety/redact.js';
import type { Format, RequestLike, RequestSummary } from './types.js';

/** Everything a renderer needs for one response, already classified, negotiated and redacted. */
export interface ResponseContext {
  method: string;
  /** The request's path; '' for a page without a request (static-page.ts). */
  path: string;
  status: number;
  code: string;
  entry: CatalogEntry;
  format: Format;
  /** The locale of the message actually used (after fallback). */
  locale: string;
  traceId: string;
  message: FormattedMessage;
  ui: UiStrings;
  /** A 4xx message the thrower marked `expose: true`, redacted; otherwise undefined. */
  exposedMessage?: string | undefined;
  retryAfter?: RetryAfter | undefined;
  errors?: { path?: string; message: string }[] | undefined;
  /** The page the person came from (same host, path and query), for "Go back" on HTML pages. */
  backHref?: string | undefined;
  diagnostics?: Diagnostics | undefined;
  /** Who is shown diagnostics: 'development', or the authorised viewer (audited). */
  viewer?: string | undefined;
  /** Per-response CSP nonce, when the host chose nonces over hashes. */
  nonce?: string | undefined;
  /** The redacted request, built once on first use (redaction is the costly part of an error). */
  summary(): RequestSummary;
}

export interface ContextInput {
  options: ResolvedOptions;
  redactor: Redactor;
  /** Remembered redactions of what repeats between requests (headers, stack frames). */
  memo: RedactionMemo;
  request: RequestView;
  raw: RequestLike;
  info: ErrorInfo;
  code: string;
  status: number;
  exposeMessage: boolean;
  entry: CatalogEntry;
  format: Format;
  traceId: string;
  message: FormattedMessage;
  ui: UiStrings;
  retryAfter: RetryAfter | undefined;
}

/**
 * Stage 5: what this response shows besides the catalog copy, each piece redacted and only when
 * it will be shown or logged: an exposed 4xx message, validation errors, diagnostics for
 * development or an authorised viewer, and the CSP nonce.
 */
export function buildContext(input: ContextInput): ResponseContext {
  const { options: o, redactor, request, info, status, message } = input;
  const { path, query } = request.url();
  const method = request.method;
  const exposedMessage = input.exposeMessage && info.message && info.message !== info.errataCode ? redactor.string(info.message) : undefined;
  const errors =
    status < 500 && info.errors?.length
      ? info.errors.map((e) => ({ ...(e.path ? { path: redactor.string(e.path) } : {}), message: redactor.string(e.message) }))
      : undefined;
  let summary: RequestSummary | undefined;
  const summarise = (): RequestSummary =>
    (summary ??= {
      method,
      path: input.memo.string(path),
      query: redactor.query(query),
      headers: input.memo.headers(request.headers()),
    });
  const viewer = diagnosticsViewer(o, input.raw);
  return {
    method,
    path,
    status,
    code: input.code,
    entry: input.entry,
    format: input.format,
    locale: message.locale,
    traceId: input.traceId,
    message,
    ui: input.ui,
    exposedMessage,
    retryAfter: input.retryAfter,
    errors,
    backHref: input.format === 'html' && Object.values(input.entry.links).includes('back') ? backHrefOf(request, redactor) : undefined,
    diagnostics: viewer ? collectDiagnostics(info, summarise(), redactor) : undefined,
    viewer,
    nonce: o.nonce ? nonceFor(o, input.raw) : undefined,
    summary: summarise,
  };
}

/**
 * The referring page when it is on this site (same host), as a path: where "Go back" leads. The
 * query is kept only when redaction leaves it as it is (no token ends up in a link on the page).
 */
function backHrefOf(request: RequestView, redactor: Redactor): string | undefined {
  const referer = request.header('referer');
  const host = request.header('host');
  if (!referer || !host || referer.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== host.trim().toLowerCase()) return undefined;
  const withQuery = url.pathname + url.search;
  return redactor.string(withQuery) === withQuery ? withQuery : url.pathname;
}

/** 'development', the authorised viewer's name, or undefined: no diagnostics. */
export function diagnosticsViewer(o: Pick<ResolvedOptions, 'mode' | 'authorize'>, request: RequestLike): string | undefined {
  if (o.mode === 'development') return 'development';
  if (!o.authorize) return undefined;
  try {
    const answer = o.authorize(request);
    if (answer === true) return 'authorised';
    if (answer && typeof answer === 'object' && typeof (answer as { who?: unknown }).who === 'string') {
      return (answer as { who: string }).who.slice(0, 200) || 'authorised';
    }
  } catch {
    // A failing check is a "no".
  }
  return undefined;
}

function nonceFor(o: Pick<ResolvedOptions, 'nonce'>, request: RequestLike): string {
  if (typeof o.nonce === 'function') {
    const value = o.nonce(request);
    if (typeof value === 'string' && /^[A-Za-z0-9+/_-]{8,200}={0,2}$/.test(value)) return value;
    throw new Error('nonce function returned an invalid nonce (base64 characters only, 8 to 200 long)');
  }
  return randomBytes(16).toString('base64');
}
