import type { Role } from './tokens.js';

/** What was inspected. */
export const auditActions = ['errors.list', 'errors.lookup', 'audit.read', 'health.details', 'diagnostics.shown', 'details.exposure'] as const;
export type AuditAction = (typeof auditActions)[number];

/** allowed: answered; denied: no or bad token (401) or no role (403); rate-limited: 429; invalid: bad parameters (400); failed: the answer could not be given (503). */
export type AuditOutcome = 'allowed' | 'denied' | 'rate-limited' | 'invalid' | 'failed';

/** One inspection of the debugging surface, allowed or not. */
export interface AuditEvent {
  readonly type: 'audit';
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  /** For a denial: the token problem (`missing`, `expired`, `audience`, ...) or `forbidden`; for a lookup: `not-found` when there was nothing. */
  readonly reason?: string;
  /** The token's subject, when it had a valid one. */
  readonly who?: string;
  readonly roles?: readonly Role[];
  /** The reference looked up (only if it is well formed). */
  readonly reference?: string;
  /** The list's parameters, as understood. */
  readonly query?: Readonly<Record<string, string>>;
  /** The client's address. */
  readonly client: string;
  /** ISO 8601. */
  readonly time: string;
  /** The trace id of the inspection itself (its `traceparent` or `x-request-id`, else a fresh one). */
  readonly traceId: string;
}
