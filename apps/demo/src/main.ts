import { pathToFileURL } from 'node:url';
import { startDemo } from './demo.js';

// `@errata/demo`, for tests and scripts that drive the demo from code.
export { startDemo } from './demo.js';
export type { Demo, DemoOptions } from './demo.js';
export { scenarios } from './scenarios.js';
export type { Scenario } from './scenarios.js';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return port;
}

// Started as a program (`node apps/demo/dist/main.js`), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const secret = process.env.ERRATA_TRIAGE_SECRET || undefined;
    const redisUrl = process.env.ERRATA_REDIS_URL || undefined;
    const demo = await startDemo({ port: portFromEnv(process.env.PORT), ...(secret ? { triageSecret: secret } : {}), ...(redisUrl ? { redisUrl } : {}) });
    console.log(`Errata demo listening on ${demo.url}/ (upstream ${demo.upstreamUrl})`);
    if (!secret) {
      // So an engineer can mint a token for /_errata/ with the same secret: `errata token` reads it.
      console.log(`Triage tokens: ERRATA_TRIAGE_SECRET was not set, so this run uses a random one:\n  export ERRATA_TRIAGE_SECRET=${demo.triageSecret}`);
    }
    console.log(`Recent errors: ${redisUrl ? `shared through Redis at ${redisUrl}` : 'in this process'}`);
    const stop = () => {
      void demo.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`demo: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
