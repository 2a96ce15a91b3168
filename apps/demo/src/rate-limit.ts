import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  readonly points: number;
  readonly seconds: number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** A fixed-window limiter per client key; a rejection carries the limiter's own wait. */
export function createRateLimiter(limit: RateLimit): { consume(key: string): Promise<RateDecision>; limit: RateLimit } {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.seconds });
  return {
    limit,
    async consume(key) {
      try {
        const res = await limiter.consume(key);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
  };
}
