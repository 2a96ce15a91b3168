import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface Limit {
  /** Requests allowed ... */
  readonly points: number;
  /** ... per this many seconds. */
  readonly seconds: number;
}

export interface RateLimitOptions {
  /** Per client address, before the token is even read (so guessing tokens is slow). Default 60 per minute. */
  readonly perAddress?: Limit;
  /** Per token (its subject). Default 120 per minute. */
  readonly perToken?: Limit;
}

export interface Limits {
  /** Seconds to wait when over the limit, else undefined. */
  address(key: string): Promise<number | undefined>;
  token(key: string): Promise<number | undefined>;
}

/** rate-limiter-flexible's in-memory limiters, one per instance (a fleet multiplies the budget by its size). */
export function createLimits(options: RateLimitOptions = {}): Limits {
  const make = (limit: Limit) => new RateLimiterMemory({ points: limit.points, duration: limit.seconds });
  const byAddress = make(options.perAddress ?? { points: 60, seconds: 60 });
  const byToken = make(options.perToken ?? { points: 120, seconds: 60 });
  const consume = async (limiter: RateLimiterMemory, key: string): Promise<number | undefined> => {
    try {
      await limiter.consume(key.slice(0, 200));
      return undefined;
    } catch (rejection) {
      // Over the limit: rate-limiter-flexible rejects with its result. Anything else is a bug in
      // the limiter, and a limiter that fails must not lock engineers out: let the request through.
      return rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : undefined;
    }
  };
  return {
    address: (key) => consume(byAddress, `a:${key}`),
    token: (key) => consume(byToken, `t:${key}`),
  };
}
