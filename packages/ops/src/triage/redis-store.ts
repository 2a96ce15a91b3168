import type { Redis } from 'ioredis';
import type { AuditEvent } from '../access/audit.js';
import { type ErrorGroupCounts, type ErrorRecord, maxRoutes } from './record.js';
import type { ErrorStore, Page } from './store.js';

export interface RedisStoreOptions {
  /**
   * An ioredis client. Create it to fail fast when Redis is away, so a lookup never hangs:
   * `new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 500 })`.
   */
  readonly client: Redis;
  /** Key prefix. The `{...}` hash tag keeps every key in one Redis Cluster slot (the scripts touch several). Default `errata:{triage}:`. */
  readonly prefix?: string;
  /** Errors kept by reference, fleet-wide; the oldest go first. Default 5000. */
  readonly maxEvents?: number;
  /** ... and none longer than this. Default one day. */
  readonly ttlSeconds?: number;
  /** A code's counts expire this long after its last error. Default seven days. */
  readonly groupTtlSeconds?: number;
  /** Audit events kept (a capped stream, trimmed approximately). Default 10000. */
  readonly maxAudit?: number;
  /** Each operation's own deadline, whatever the client's settings. Default 1000 ms. */
  readonly timeoutMs?: number;
}

// Recording is one script, so a fleet's writers never interleave half-updates: the event (a hash,
// so its route can be added later without rewriting the JSON), the time index that bounds the
// count (evicted events are deleted with it), and the code's counts, routes and distinct
// references (a HyperLogLog: 12 KiB at most per code, whatever the traffic).
const recordScript = `
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'json', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5])
if over > 0 then
  local old = redis.call('ZRANGE', KEYS[2], 0, over - 1)
  for _, ref in ipairs(old) do redis.call('DEL', ARGV[12] .. ref) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, over - 1)
end
redis.call('EXPIRE', KEYS[2], ARGV[3])
redis.call('HINCRBY', KEYS[3], 'count', 1)
redis.call('HSETNX', KEYS[3], 'first', ARGV[8])
redis.call('HSET', KEYS[3], 'last', ARGV[8], 'status', ARGV[7], 'lastRef', ARGV[1])
if ARGV[9] ~= '' and redis.call('SCARD', KEYS[4]) < tonumber(ARGV[10]) then redis.call('SADD', KEYS[4], ARGV[9]) end
redis.call('PFADD', KEYS[5], ARGV[1])
redis.call('SADD', KEYS[6], ARGV[6])
redis.call('EXPIRE', KEYS[3], ARGV[11])
redis.call('EXPIRE', KEYS[4], ARGV[11])
redis.call('EXPIRE', KEYS[5], ARGV[11])
redis.call('EXPIRE', KEYS[6], ARGV[11])
return 1
`;

const routeScript = `
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'route', ARGV[1]) end
if redis.call('EXISTS', KEYS[3]) == 1 and redis.call('SCARD', KEYS[2]) < tonumber(ARGV[2]) then
  redis.call('SADD', KEYS[2], ARGV[1])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
return 1
`;

type Scripted = Redis & {
  errataRecord(...args: (string | number)[]): Promise<unknown>;
  errataRoute(...args: (string | number)[]): Promise<unknown>;
};

class StoreTimeout extends Error {
  override name = 'StoreTimeout';
}

/**
 * The fleet store: recent errors and the audit log in Redis, so a reference shown by one
 * instance resolves on any other. Bounded: at most `maxEvents` events (and each at most 16 KiB),
 * each for at most `ttlSeconds`; per code a hash, a set of at most 20 routes and a HyperLogLog;
 * the audit log a stream capped near `maxAudit`.
 */
export function redisErrorStore(options: RedisStoreOptions): ErrorStore {
  const client = options.client as Scripted;
  if (!client || typeof client.defineCommand !== 'function') throw new TypeError('redisErrorStore: pass { client } (an ioredis client)');
  const prefix = options.prefix ?? 'errata:{triage}:';
  const maxEvents = options.maxEvents ?? 5000;
  const ttl = options.ttlSeconds ?? 86_400;
  const groupTtl = options.groupTtlSeconds ?? 7 * 86_400;
  const maxAudit = options.maxAudit ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 1000;
  client.defineCommand('errataRecord', { numberOfKeys: 6, lua: recordScript });
  client.defineCommand('errataRoute', { numberOfKeys: 3, lua: routeScript });
  const key = {
    event: (ref: string) => `${prefix}e:${ref}`,
    refs: `${prefix}refs`,
    group: (code: string) => `${prefix}g:${code}`,
    routes: (code: string) => `${prefix}gr:${code}`,
    distinct: (code: string) => `${prefix}gd:${code}`,
    codes: `${prefix}codes`,
    audit: `${prefix}audit`,
  };

  /** Every call gets a deadline of its own, so a hung connection cannot hang a lookup. */
  function timed<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeout(`redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  return {
    kind: 'redis',
    async record(record, groupRoute) {
      await timed(
        client.errataRecord(
          key.event(record.reference),
          key.refs,
          key.group(record.code),
          key.routes(record.code),
          key.distinct(record.code),
          key.codes,
          record.reference,
          JSON.stringify(record),
          ttl,
          Date.parse(record.time) || Date.now(),
          maxEvents,
          record.code,
          record.status,
          record.time,
          groupRoute ?? '',
          maxRoutes,
          groupTtl,
          `${prefix}e:`,
        ),
      );
    },
    async setRoute(reference, code, route) {
      await timed(client.errataRoute(key.event(reference), key.routes(code), key.group(code), route, maxRoutes, groupTtl));
    },
    async get(reference) {
      const held = await timed(client.hgetall(key.event(reference)));
      if (!held?.json) return undefined;
      const record = JSON.parse(held.json) as ErrorRecord;
      return held.route ? { ...record, route: held.route } : record;
    },
    async groups() {
      const codes = (await timed(client.smembers(key.codes))).sort().slice(0, 1000);
      if (codes.length === 0) return [];
      const pipeline = client.pipeline();
      for (const code of codes) pipeline.hgetall(key.group(code)).smembers(key.routes(code)).pfcount(key.distinct(code));
      const results = (await timed(pipeline.exec())) ?? [];
      const out: ErrorGroupCounts[] = [];
      codes.forEach((code, i) => {
        const [groupError, group] = results[i * 3] ?? [];
        const [, routes] = results[i * 3 + 1] ?? [];
        const [, distinct] = results[i * 3 + 2] ?? [];
        const g = group as Record<string, string> | undefined;
        if (groupError || !g?.count) return; // expired since the code was listed
        out.push({
          code,
          status: Number(g.status),
          count: Number(g.count),
          distinctRequests: Number(distinct ?? 0),
          firstSeen: g.first ?? '',
          lastSeen: g.last ?? '',
          routes: ((routes as string[] | undefined) ?? []).sort(),
          lastReference: g.lastRef ?? '',
        });
      });
      return out;
    },
    async appendAudit(event) {
      await timed(client.xadd(key.audit, 'MAXLEN', '~', String(maxAudit), '*', 'e', JSON.stringify(event)));
    },
    async audit({ limit, cursor }): Promise<Page<AuditEvent>> {
      if (cursor !== undefined && !/^\d{1,20}-\d{1,20}$/.test(cursor)) throw new RangeError('bad cursor');
      const entries = await timed(client.xrevrange(key.audit, cursor === undefined ? '+' : `(${cursor}`, '-', 'COUNT', limit + 1));
      const page = entries.slice(0, limit);
      const items = page.map(([, fields]) => JSON.parse(fields[fields.indexOf('e') + 1] ?? '{}') as AuditEvent);
      const last = page.at(-1);
      return { items, ...(entries.length > limit && last ? { next: last[0] } : {}) };
    },
    async close() {
      // The client is the host's: it closes it.
    },
  };
}
