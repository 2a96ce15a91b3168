import { randomBytes } from 'node:crypto';
import { type CheckResult, createOps, type Ops } from '@errata/ops';
import { redisErrorStore } from '@errata/ops/redis';
import { Redis } from 'ioredis';

export interface DemoOpsOptions {
  /** The search upstream, checked by readiness. */
  readonly upstreamUrl: string;
  /** Signs and verifies triage tokens (`errata token` uses the same `ERRATA_TRIAGE_SECRET`). */
  readonly triageSecret: string;
  /** Share recent errors through this Redis (a fleet); default: this process's memory. */
  readonly redisUrl?: string;
}

export interface DemoOps {
  readonly ops: Ops;
  close(): Promise<void>;
}

/** A secret for a demo started without `ERRATA_TRIAGE_SECRET`: printed at start-up so `errata token` can use it. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Readiness asks the upstream for an empty search: answering 2xx in time is healthy. */
async function pingUpstream(upstreamUrl: string, signal: AbortSignal): Promise<CheckResult> {
  const started = performance.now();
  const response = await fetch(new URL('/search?q=', upstreamUrl), { signal, headers: { accept: 'application/json' } });
  await response.body?.cancel();
  const observedValue = Math.round(performance.now() - started);
  return response.ok ? { observedValue, observedUnit: 'ms' } : { status: 'fail', condition: 'upstream-status', observedValue, observedUnit: 'ms' };
}

/** The demo's operations surface: one dependency (search), health, metrics, triage and tokens. */
export async function createDemoOps(options: DemoOpsOptions): Promise<DemoOps> {
  let client: Redis | undefined;
  if (options.redisUrl) {
    // Fail fast while Redis is away (the store counts each failure; pages never wait for it).
    client = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    client.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis at ${options.redisUrl} did not answer within 5 s`)), 5000);
      client?.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    }).catch((error: unknown) => {
      client?.disconnect();
      throw error;
    });
  }
  const ops = createOps({
    serviceName: 'Errata demo',
    access: { secret: options.triageSecret },
    health: { intervalMs: 2000 },
    ...(client ? { store: redisErrorStore({ client }) } : {}),
    dependencies: [
      {
        name: 'search',
        critical: true,
        code: 'DEPENDENCY_FAILED',
        banner: 'DEGRADED',
        timeoutMs: 500,
        check: (signal) => pingUpstream(options.upstreamUrl, signal),
      },
    ],
  });
  return {
    ops,
    async close() {
      await ops.close();
      client?.disconnect();
    },
  };
}
