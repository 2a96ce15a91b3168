import { clientAddressOf, type OpsRequest, type OpsResponse, traceIdOf } from '../http/request.js';
import { problem } from '../http/respond.js';
import type { AccessControl } from './access.js';
import type { AuditAction, AuditEvent, AuditOutcome } from './audit.js';
import type { Limits } from './rate-limit.js';
import { hasRole, type Principal, type Role } from './tokens.js';

/** What an inspection found, for its answer and its audit record. */
export interface Answer {
  readonly response: OpsResponse;
  readonly outcome: AuditOutcome;
  readonly reason?: string;
  readonly reference?: string;
  readonly query?: Readonly<Record<string, string>>;
}

export interface InspectContext {
  readonly principal: Principal;
  readonly traceId: string;
}

export interface Inspector {
  /**
   * One protected request, in this order: the client address's rate limit, the token (401),
   * the token's rate limit, the role (403), and only then `run`, so nothing about what exists can
   * be learnt without the role. Every outcome is audited; with `failClosed`, an answer whose audit
   * record cannot be written becomes a 503.
   */
  inspect(
    request: OpsRequest,
    action: AuditAction,
    role: Role,
    run: (ctx: InspectContext) => Promise<Answer>,
    asked?: Pick<Answer, 'reference' | 'query'>,
  ): Promise<OpsResponse>;
  /** Writes one audit event (the hook and the store); resolves false when the store failed. */
  audit(event: AuditEvent): Promise<boolean>;
}

export interface InspectorOptions {
  readonly access: AccessControl;
  readonly limits: Limits;
  readonly now: () => number;
  readonly write: (event: AuditEvent) => Promise<boolean>;
  readonly failClosed: boolean;
}

export function createInspector(options: InspectorOptions): Inspector {
  const { access, limits, now, write, failClosed } = options;

  async function finish(request: OpsRequest, event: AuditEvent, response: OpsResponse, traceId: string): Promise<OpsResponse> {
    const written = await write(event);
    if (!written && failClosed && response.status < 400) return problem(request, 503, traceId);
    return response;
  }

  return {
    audit: write,
    async inspect(request, action, role, run, asked = {}) {
      const traceId = traceIdOf(request);
      const base = { type: 'audit' as const, action, client: clientAddressOf(request), traceId, ...asked };
      const time = () => new Date(now()).toISOString();
      const refuse = (status: number, outcome: AuditOutcome, reason: string, principal?: Principal, extra: Record<string, string> = {}) =>
        finish(
          request,
          { ...base, outcome, reason, time: time(), ...(principal ? { who: principal.subject, roles: [...principal.roles] } : {}) },
          problem(request, status, traceId, extra),
          traceId,
        );

      const addressWait = await limits.address(base.client);
      if (addressWait) return refuse(429, 'rate-limited', 'address', undefined, { 'retry-after': String(addressWait) });
      const auth = await access.authenticate(request.headers);
      if (!auth.ok) {
        return refuse(401, 'denied', auth.problem, undefined, { 'www-authenticate': 'Bearer realm="errata", error="invalid_token"' });
      }
      const { principal } = auth;
      const tokenWait = await limits.token(principal.tokenId ?? principal.subject);
      if (tokenWait) return refuse(429, 'rate-limited', 'token', principal, { 'retry-after': String(tokenWait) });
      if (!hasRole(principal, role)) return refuse(403, 'denied', 'forbidden', principal);

      const answer = await run({ principal, traceId });
      const event: AuditEvent = {
        ...base,
        outcome: answer.outcome,
        ...(answer.reason ? { reason: answer.reason } : {}),
        ...(answer.reference ? { reference: answer.reference } : {}),
        ...(answer.query ? { query: answer.query } : {}),
        who: principal.subject,
        roles: [...principal.roles],
        time: time(),
      };
      return finish(
        request,
        event,
        { ...answer.response, headers: { 'x-request-id': traceId, vary: 'Accept, Authorization', ...answer.response.headers } },
        traceId,
      );
    },
  };
}
