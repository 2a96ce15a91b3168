import type { AuditEvent } from '../access/audit.js';
import type { ErrorGroupCounts, ErrorRecord } from './record.js';

/** A page of a newest-first list; `next` is an opaque cursor for the following page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
}

/**
 * Where recent errors and the audit log live. Two ship: `memoryErrorStore` (the default, nothing
 * to run) and `redisErrorStore` from `@errata/ops/redis` (a fleet). Both pass one conformance
 * suite. A store may be slow or down: errata never waits for `record` before answering, and
 * counts every failure (`errata_store_failures_total`).
 */
export interface ErrorStore {
  readonly kind: string;
  record(record: ErrorRecord, groupRoute?: string): Promise<void>;
  /** The route pattern of a recorded error, known only once its response finished. */
  setRoute(reference: string, code: string, route: string): Promise<void>;
  get(reference: string): Promise<ErrorRecord | undefined>;
  /** Every code's counts (one entry per code seen, so bounded by the catalog). */
  groups(): Promise<readonly ErrorGroupCounts[]>;
  appendAudit(event: AuditEvent): Promise<void>;
  /** Newest first. `cursor` comes from a previous page; a malformed one throws a RangeError. */
  audit(query: { readonly limit: number; readonly cursor?: string }): Promise<Page<AuditEvent>>;
  close(): Promise<void>;
}
