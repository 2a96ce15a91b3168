// `@errata/ops/redis`: the fleet's triage store. ioredis is an optional peer dependency: only
// this entry point needs it, and it uses the client the host created.
export { redisErrorStore } from './triage/redis-store.js';
export type { RedisStoreOptions } from './triage/redis-store.js';
