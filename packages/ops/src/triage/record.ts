import type { Catalog, Severity } from '@errata/catalog';
import type { CauseSummary, ErrataErrorEvent, Format, RequestSummary } from '@errata/server';

/** One error as the triage store keeps it: the server's redacted event, minus the mode. */
export interface ErrorRecord {
  /** The reference shown to the user: the trace id. */
  readonly reference: string;
  readonly code: string;
  readonly status: number;
  readonly severity: Severity;
  /** ISO 8601. */
  readonly time: string;
  readonly format: Format;
  readonly name: string;
  /** Redacted internal message. */
  readonly message: string;
  /** Redacted stack, when errata had one. */
  readonly stack?: string;
  readonly causes: readonly CauseSummary[];
  /** The redacted request. */
  readonly request: RequestSummary;
  /** The route pattern, once the observing middleware saw the response. */
  readonly route?: string;
}

/** One code's errors, as a store counts them. */
export interface ErrorGroupCounts {
  readonly code: string;
  readonly status: number;
  readonly count: number;
  /** Distinct references (user impact); approximate past a few thousand in Redis (HyperLogLog). */
  readonly distinctRequests: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Route patterns (or request paths without the observing middleware), at most `maxRoutes`. */
  readonly routes: readonly string[];
  readonly lastReference: string;
}

/** At most this many distinct routes are kept per code. */
export const maxRoutes = 20;
/** A record's stack is cut to this many characters, so every record stays small (the store is bounded in bytes too). */
const maxStack = 8192;
const maxMessage = 2048;

/** Past this many characters of JSON a record loses its stack, then its headers and query: bytes stay bounded. */
export const maxRecordChars = 16_384;

export function recordOf(event: ErrataErrorEvent): ErrorRecord {
  const record = fullRecord(event);
  if (JSON.stringify(record).length <= maxRecordChars) return record;
  const { stack: _stack, ...withoutStack } = record;
  if (JSON.stringify(withoutStack).length <= maxRecordChars) return withoutStack;
  return { ...withoutStack, request: { method: record.request.method, path: record.request.path.slice(0, 2048), query: {}, headers: {} } };
}

function fullRecord(event: ErrataErrorEvent): ErrorRecord {
  return {
    reference: event.traceId,
    code: event.code,
    status: event.status,
    severity: event.severity,
    time: event.timestamp,
    format: event.format,
    name: event.name.slice(0, 200),
    message: event.message.slice(0, maxMessage),
    ...(event.stack ? { stack: event.stack.slice(0, maxStack) } : {}),
    causes: event.causes.slice(0, 8),
    request: event.request,
  };
}

/** The catalog's words for a code: its public title (source locale, neutral) and operator notes. */
export interface CodeNotes {
  readonly title: string;
  readonly component: string;
  readonly action: string;
  readonly runbook?: string;
}

export function notesFor(catalog: Catalog, code: string): CodeNotes {
  if (!catalog.has(code)) return { title: code, component: 'unknown', action: 'No catalog entry for this code.' };
  const entry = catalog.get(code);
  const title = entry.messages[catalog.sourceLocale]?.neutral.title ?? code;
  return {
    title,
    component: entry.operator.component,
    action: entry.operator.remediation,
    ...(entry.operator.runbook ? { runbook: entry.operator.runbook } : {}),
  };
}
