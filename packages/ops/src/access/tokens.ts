import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';

// Short-lived bearer tokens for the debugging surface (triage, health details, diagnostics),
// signed and verified by jose. Also `@errata/ops/tokens`, which `errata token` loads: this module
// imports nothing but jose.

export const roles = ['viewer', 'operator', 'auditor'] as const;
/**
 * `viewer`: error groups and counts, health details. `operator`: everything a viewer sees, plus
 * single events with the redacted request and diagnostics. `auditor`: the audit log only.
 */
export type Role = (typeof roles)[number];

export const defaultAudience = 'errata-triage';
export const defaultIssuer = 'errata';
/** Ten minutes: long enough for an incident's look, short enough that a leaked token soon dies. */
export const defaultTtlSeconds = 600;
/** One hour: tokens that claim a longer life are refused, even when validly signed. */
export const defaultMaxTtlSeconds = 3600;
const minSecretBytes = 32;

/** Why a token was refused. The caller's answer is always a generic 401; the reason is for the audit log. */
export type TokenProblem = 'missing' | 'malformed' | 'expired' | 'audience' | 'issuer' | 'signature' | 'claims' | 'lifetime';

export class TokenError extends Error {
  override name = 'TokenError';
  constructor(readonly problem: TokenProblem) {
    super(`token refused: ${problem}`);
  }
}

export interface Principal {
  /** The token's `sub`: who is looking. */
  readonly subject: string;
  readonly roles: ReadonlySet<Role>;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  readonly tokenId?: string;
}

/** Whether the principal may act as `role` (an operator is also a viewer). */
export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.has(role) || (role === 'viewer' && principal.roles.has('operator'));
}

/** The shared secret as key bytes; at least 32 bytes (HS256's key should be as long as its hash). */
export function secretKey(secret: string | Uint8Array): Uint8Array {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (!(key instanceof Uint8Array) || key.byteLength < minSecretBytes) {
    throw new RangeError(`the token secret must be at least ${minSecretBytes} bytes (e.g. \`openssl rand -base64 48\`)`);
  }
  return key;
}

/** `90s`, `10m`, `1h`, `2d` or plain seconds, as whole seconds; throws a RangeError otherwise. */
export function parseDuration(text: string): number {
  const m = /^(\d{1,7})(s|m|h|d)?$/.exec(String(text).trim());
  if (!m) throw new RangeError(`not a duration: ${JSON.stringify(String(text).slice(0, 40))} (use 90s, 10m, 1h)`);
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[(m[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
  const seconds = Number(m[1]) * unit;
  if (seconds <= 0) throw new RangeError('a duration must be longer than 0 seconds');
  return seconds;
}

export interface SignOptions {
  readonly secret: string | Uint8Array;
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly ttlSeconds?: number;
  readonly maxTtlSeconds?: number;
  readonly audience?: string;
  readonly issuer?: string;
}

/** An HS256 token with `sub`, `roles`, `aud`, `iss`, `iat`, `exp` and a random `jti`. */
export async function signToken(options: SignOptions): Promise<string> {
  const ttl = options.ttlSeconds ?? defaultTtlSeconds;
  const max = options.maxTtlSeconds ?? defaultMaxTtlSeconds;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > max) throw new RangeError(`ttl must be 1 to ${max} seconds, got ${ttl}`);
  if (typeof options.subject !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(options.subject)) {
    throw new RangeError('subject must be 1 to 200 printable characters without spaces (who is looking, e.g. an email)');
  }
  const unknown = options.roles.filter((r) => !roles.includes(r));
  if (options.roles.length === 0 || unknown.length)
    throw new RangeError(`roles must be some of ${roles.join(', ')}; got ${options.roles.join(', ') || 'none'}`);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...new Set(options.roles)] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject)
    .setAudience(options.audience ?? defaultAudience)
    .setIssuer(options.issuer ?? defaultIssuer)
    .setIssuedAt(now)
    .setExpirationTime(now + ttl)
    .setJti(crypto.randomUUID())
    .sign(secretKey(options.secret));
}

export interface VerifierOptions {
  /** HS256 shared secret (at least 32 bytes). */
  readonly secret?: string | Uint8Array;
  /** Or public keys for asymmetric tokens: a JWK set, or jose's `createRemoteJWKSet(url)`. */
  readonly keys?: JSONWebKeySet | JWTVerifyGetKey;
  readonly audience?: string;
  readonly issuer?: string;
  readonly maxTtlSeconds?: number;
  readonly clockToleranceSeconds?: number;
}

const joseProblems: Record<string, TokenProblem> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'signature',
  ERR_JWKS_NO_MATCHING_KEY: 'signature',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'signature',
  ERR_JWS_INVALID: 'malformed',
  ERR_JWT_INVALID: 'malformed',
  ERR_JOSE_NOT_SUPPORTED: 'malformed',
};

function problemOf(error: unknown): TokenProblem {
  const e = error as { code?: unknown; claim?: unknown };
  if (e?.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return e.claim === 'aud' ? 'audience' : e.claim === 'iss' ? 'issuer' : 'claims';
  return typeof e?.code === 'string' && Object.hasOwn(joseProblems, e.code) ? (joseProblems[e.code] as TokenProblem) : 'malformed';
}

/**
 * Verifies a compact JWT: signature (HS256 with the secret, or RS256/PS256/ES256/EdDSA with the
 * key set; nothing else, never `none`), audience, issuer, expiry and issue time required, a
 * lifetime no longer than `maxTtlSeconds`, a `sub`, and `roles`. Throws `TokenError`.
 */
export function createVerifier(options: VerifierOptions): (token: string) => Promise<Principal> {
  if (!options.secret === !options.keys) throw new TypeError('give exactly one of `secret` (HS256) and `keys` (a JWK set)');
  const key = options.secret ? secretKey(options.secret) : typeof options.keys === 'function' ? options.keys : createLocalJWKSet(options.keys as JSONWebKeySet);
  const algorithms = options.secret ? ['HS256'] : ['RS256', 'PS256', 'ES256', 'EdDSA'];
  const audience = options.audience ?? defaultAudience;
  const issuer = options.issuer ?? defaultIssuer;
  const maxTtl = options.maxTtlSeconds ?? defaultMaxTtlSeconds;
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  return async (token) => {
    if (typeof token !== 'string' || token.length > 4096 || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) throw new TokenError('malformed');
    let payload: Record<string, unknown>;
    try {
      const verified =
        key instanceof Uint8Array
          ? await jwtVerify(token, key, { algorithms, audience, issuer, clockTolerance, requiredClaims: ['sub', 'exp', 'iat'] })
          : await jwtVerify(token, key, { algorithms, audience, issuer, clockTolerance, requiredClaims: ['sub', 'exp', 'iat'] });
      payload = verified.payload as Record<string, unknown>;
    } catch (error) {
      throw new TokenError(problemOf(error));
    }
    const { sub, exp, iat, jti } = payload as { sub?: unknown; exp?: unknown; iat?: unknown; jti?: unknown };
    if (typeof exp !== 'number' || typeof iat !== 'number' || exp - iat > maxTtl) throw new TokenError('lifetime');
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) throw new TokenError('claims');
    const claimed = Array.isArray(payload.roles) ? payload.roles : [];
    const granted = new Set(claimed.filter((r): r is Role => typeof r === 'string' && (roles as readonly string[]).includes(r)));
    return { subject: sub, roles: granted, expiresAt: exp * 1000, ...(typeof jti === 'string' ? { tokenId: jti.slice(0, 100) } : {}) };
  };
}
