// `@errata/ops/tokens`: minting and verifying the debugging surface's tokens, and nothing else
// (jose is its only import), for `errata token` and for hosts that mint tokens elsewhere.
export {
  createVerifier,
  defaultAudience,
  defaultIssuer,
  defaultMaxTtlSeconds,
  defaultTtlSeconds,
  hasRole,
  parseDuration,
  roles,
  secretKey,
  signToken,
  TokenError,
} from './access/tokens.js';
export type { Principal, Role, SignOptions, TokenProblem, VerifierOptions } from './access/tokens.js';
