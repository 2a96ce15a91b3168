import { filledText } from '@errata/react/template';
import type { ResponseContext } from '../context.js';
import { type KnownError, type Pipeline, type PreparedResponse, runPipeline } from '../pipeline.js';
import type { FragmentRenderer, RenderedFragment } from '../render/fragment.js';
import { describeFailure, emitGuarded } from '../report.js';
import type { ErrorParts, HtmlErrorParts } from '../types.js';
import { type CspSources, widenCsp } from './csp.js';

/**
 * A response in parts, with the whole built-in response for the same error kept ready: a layout
 * that fails gets errata's own page, for the same request, with no second `onError` event.
 */
export interface PreparedParts {
  readonly parts: ErrorParts;
  /** HEAD: the layout still runs (for `Content-Length`), but no body is sent. */
  readonly head: boolean;
  /** The response `render()` gives for this error. */
  page(): PreparedResponse;
  /** Report a failed layout (a `failure` event, stage `layout`) and give `page()`. */
  layoutFailed(failure: unknown): PreparedResponse;
}

/** The INTERNAL parts sent when errata itself failed (compiled at start-up, like the fallback page). */
export interface FallbackParts {
  parts(traceId: string, headers: Record<string, string>, extra: CspSources | undefined): HtmlErrorParts;
}

export interface PartsStages {
  readonly fragments: FragmentRenderer;
  readonly fallback: FallbackParts;
}

/**
 * The pipeline (pipeline.ts) with the HTML stage rendering page parts instead of a document:
 * every other stage (negotiation, classification, context, headers, the one `onError` report,
 * the fallback on failure) is the same code, run once. JSON and text come back as they are.
 */
export function runParts(
  p: Pipeline,
  stages: PartsStages,
  thrown: unknown,
  rawRequest: unknown,
  known: KnownError | undefined,
  extra: CspSources | undefined,
): PreparedParts {
  let rendered: { ctx: ResponseContext; fragment: RenderedFragment } | undefined;
  let failed = false;
  const run: Pipeline = {
    ...p,
    html: {
      ...p.html,
      render(ctx) {
        const fragment = stages.fragments.render(ctx);
        rendered = { ctx, fragment };
        return { filled: fragment.content, csp: widenCsp(fragment.csp, extra) };
      },
    },
    fallback: {
      respond(traceId, format, head) {
        failed = true;
        return p.fallback.respond(traceId, format, head);
      },
    },
  };
  const response = runPipeline(run, thrown, rawRequest, known);
  const headers = response.headers;
  const traceId = headers['x-request-id'] ?? '';

  if (failed || rendered === undefined) {
    // JSON and text (or errata's fallback): the response is the one `render()` gives.
    const page = (): PreparedResponse => response;
    const head = response.body === '';
    if (failed && headers['content-type']?.startsWith('text/html')) {
      return {
        parts: stages.fallback.parts(traceId, headers, extra),
        head,
        page,
        layoutFailed: (failure) => reportLayout(p, traceId, failure, page),
      };
    }
    return { parts: bodyParts(response), head, page, layoutFailed: (failure) => reportLayout(p, traceId, failure, page) };
  }

  const { ctx, fragment } = rendered;
  const head = ctx.method === 'HEAD';
  const { 'content-length': _fragmentLength, ...htmlHeaders } = headers;
  const page = (): PreparedResponse => {
    const whole = p.html.render(ctx);
    const body = head ? '' : whole.filled;
    return { status: response.status, headers: { ...headers, 'content-security-policy': whole.csp, 'content-length': String(whole.filled.bytes) }, body };
  };
  return {
    parts: {
      format: 'html',
      status: response.status,
      headers: htmlHeaders,
      traceId,
      code: ctx.code,
      title: fragment.title,
      lang: fragment.lang,
      dir: fragment.dir,
      head: filledText(fragment.head),
      styles: fragment.styles,
      ...(fragment.nonce !== undefined ? { nonce: fragment.nonce } : {}),
      content: filledText(fragment.content),
    },
    head,
    page,
    layoutFailed: (failure) => reportLayout(p, traceId, failure, page),
  };
}

function bodyParts(response: PreparedResponse): ErrorParts {
  const format = response.headers['content-type']?.startsWith('application/problem+json') ? 'json' : 'text';
  const body = typeof response.body === 'string' ? response.body : filledText(response.body);
  return { format, status: response.status, headers: response.headers, traceId: response.headers['x-request-id'] ?? '', body };
}

function reportLayout(p: Pipeline, traceId: string, failure: unknown, page: () => PreparedResponse): PreparedResponse {
  emitGuarded(p.options.onError, {
    type: 'failure',
    stage: 'layout',
    traceId,
    failure: describeFailure(failure, p.redactor),
    timestamp: new Date().toISOString(),
  });
  return page();
}
