import type { Catalog } from '@errata/catalog';
import type { ErrorInfo } from './safety/normalise.js';
import type { ClassifyResult } from './types.js';

export interface Classification {
  code: string;
  /** The response status: 400..599, never 2xx/3xx. */
  status: number;
  /** Only a 4xx with `expose === true` may show its own message (redacted) to users. */
  exposeMessage: boolean;
}

export const INTERNAL = 'INTERNAL';
export const NOT_FOUND = 'NOT_FOUND';

const dependencyCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const timeoutCodes = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export interface ClassifyOptions {
  catalog: Catalog;
  /** The host's hook; receives the original thrown value. A throwing hook counts as no answer. */
  hook?: ((error: unknown) => ClassifyResult) | undefined;
  thrown?: unknown;
}

/**
 * Explicit ErrataError code > status/statusCode (incl. http-errors and boom, read by normalise)
 * > system codes on the error or its causes > AbortError/TimeoutError > hook > INTERNAL.
 */
export function classify(info: ErrorInfo, options: ClassifyOptions): Classification {
  const { catalog } = options;
  const entryStatus = (code: string): number | undefined => {
    if (!catalog.has(code)) return undefined;
    const status = catalog.get(code).status;
    return status >= 400 && status <= 599 ? status : undefined;
  };
  const byCode = (code: string, exposeMessage = false): Classification | undefined => {
    const status = entryStatus(code);
    return status === undefined ? undefined : { code, status, exposeMessage: exposeMessage && status < 500 };
  };
  const exposable = info.expose === true;

  if (info.errataCode) {
    const hit = byCode(info.errataCode, exposable);
    // ErrataError's `status` option overrides the entry's status for this one error.
    if (hit && info.status !== undefined && info.status >= 400 && info.status <= 599) {
      return { ...hit, status: info.status, exposeMessage: exposable && info.status < 500 };
    }
    if (hit) return hit;
  }
  if (info.status !== undefined && info.status >= 400 && info.status <= 599) {
    return { code: closestCode(catalog, info.status), status: info.status, exposeMessage: exposable && info.status < 500 };
  }
  for (const candidate of [info, ...info.causes]) {
    const code = candidate.code;
    if (!code) continue;
    if (timeoutCodes.has(code)) return byCode('UPSTREAM_TIMEOUT') ?? generic(catalog, 504);
    if (dependencyCodes.has(code)) return byCode('DEPENDENCY_FAILED') ?? generic(catalog, 502);
  }
  for (const candidate of [info, ...info.causes]) {
    if (candidate.name === 'TimeoutError' || candidate.name === 'AbortError') {
      return byCode('UPSTREAM_TIMEOUT') ?? generic(catalog, 504);
    }
  }
  const hooked = runHook(options);
  if (hooked) {
    const hit = byCode(hooked);
    if (hit) return hit;
  }
  return generic(catalog, 500);
}

function runHook(options: ClassifyOptions): string | undefined {
  if (!options.hook) return undefined;
  try {
    const result = options.hook(options.thrown);
    if (typeof result === 'string') return result;
    if (result && typeof result === 'object' && typeof result.code === 'string') return result.code;
  } catch {
    // The hook is host code; a bug in it must not turn an error page into a crash.
  }
  return undefined;
}

/** The catalog entry for a status, else a generic one for its class (4xx -> BAD_REQUEST, 5xx -> INTERNAL). */
export function closestCode(catalog: Catalog, status: number): string {
  const exact = catalog.byStatus(status);
  if (exact && exact.status === status) return exact.code;
  const fallback = status < 500 ? 'BAD_REQUEST' : INTERNAL;
  if (catalog.has(fallback)) return fallback;
  const any = catalog.byStatus(status < 500 ? 400 : 500);
  return any ? any.code : INTERNAL;
}

function generic(catalog: Catalog, status: number): Classification {
  const code = closestCode(catalog, status);
  const entryStatus = catalog.has(code) ? catalog.get(code).status : status;
  return { code, status: entryStatus >= 400 && entryStatus <= 599 ? entryStatus : 500, exposeMessage: false };
}
