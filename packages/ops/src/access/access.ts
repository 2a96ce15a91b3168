import { headerOf, type OpsRequest } from '../http/request.js';
import { createVerifier, hasRole, type Principal, type Role, type TokenProblem, type VerifierOptions } from './tokens.js';

export type Authentication = { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly problem: TokenProblem };

export interface AccessControl {
  /** Verifies the request's bearer token. */
  authenticate(headers: OpsRequest['headers']): Promise<Authentication>;
  /**
   * The principal of an already verified, unexpired token in the request, synchronously: for
   * errata's `diagnostics.authorize`, which must answer during rendering. The observing
   * middleware verifies tokens ahead (`prepare`), so a request that carries one is known here.
   */
  known(headers: OpsRequest['headers']): Principal | undefined;
  /** Verify ahead, when there is a bearer token; undefined (no promise, no cost) when there is none. */
  prepare(headers: OpsRequest['headers']): Promise<unknown> | undefined;
}

const bearer = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;
/** Verified tokens remembered, so a page's diagnostics and repeated calls cost one verification. */
const maxKnown = 512;

function tokenOf(headers: OpsRequest['headers']): string | undefined {
  const value = headerOf(headers, 'authorization');
  return value ? bearer.exec(value.trim())?.[1] : undefined;
}

/** Without a secret or key set nobody is authorised: every protected endpoint answers 401. */
export function createAccessControl(options: VerifierOptions | undefined, now: () => number): AccessControl {
  const verify = options && (options.secret || options.keys) ? createVerifier(options) : undefined;
  const verified = new Map<string, Principal>();

  const remembered = (token: string): Principal | undefined => {
    const principal = verified.get(token);
    if (principal && principal.expiresAt > now()) return principal;
    if (principal) verified.delete(token);
    return undefined;
  };

  async function authenticate(headers: OpsRequest['headers']): Promise<Authentication> {
    const raw = headerOf(headers, 'authorization');
    if (raw === undefined) return { ok: false, problem: 'missing' };
    const token = tokenOf(headers);
    if (!token) return { ok: false, problem: 'malformed' };
    const known = remembered(token);
    if (known) return { ok: true, principal: known };
    if (!verify) return { ok: false, problem: 'signature' };
    try {
      const principal = await verify(token);
      if (verified.size >= maxKnown) verified.clear();
      verified.set(token, principal);
      return { ok: true, principal };
    } catch (error) {
      return { ok: false, problem: (error as { problem?: TokenProblem }).problem ?? 'malformed' };
    }
  }

  return {
    authenticate,
    known(headers) {
      const token = tokenOf(headers);
      return token ? remembered(token) : undefined;
    },
    prepare(headers) {
      const token = tokenOf(headers);
      if (!token || remembered(token)) return undefined;
      return authenticate(headers);
    },
  };
}

export function rolesOf(principal: Principal): Role[] {
  return [...principal.roles];
}

export { hasRole };
