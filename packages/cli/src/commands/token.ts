// `errata token`: a short-lived bearer token for the debugging surface (@errata/ops: triage,
// health details, diagnostics), signed with ERRATA_TRIAGE_SECRET. @errata/ops is an optional peer
// of this package: only this command needs it (commands.ts names it when it is missing), and it
// loads only `@errata/ops/tokens` (jose).
import * as tokens from '@errata/ops/tokens';
import { defineCommand, list, UsageError } from '../command.js';

const help = `Usage: errata token --role <role> --sub <who> [--ttl <duration>]

Prints a bearer token for errata's debugging surface (triage endpoints, health details,
diagnostics on error pages), signed (HS256) with the secret in ERRATA_TRIAGE_SECRET, the same
secret the service verifies with. Send it as \`Authorization: Bearer <token>\`.

Options:
  --role <role>         viewer (error groups, health details), operator (single errors and
                        diagnostics; includes viewer) or auditor (the audit log); repeat or
                        comma-separate for several
  --sub <who>           who will use it, e.g. an email: every use is audited under this name
  --ttl <duration>      how long it lives: 90s, 10m, 1h (default 10m)
  --max-ttl <duration>  the longest the service accepts (default 1h); a longer --ttl is refused
  --audience <aud>      default errata-triage (the service's access.audience)
  --issuer <iss>        default errata (the service's access.issuer)
  -h, --help            show this help

Needs @errata/ops (npm i -D @errata/ops).`;

export const command = defineCommand({
  help,
  maxPositionals: 0,
  options: {
    role: { type: 'string', multiple: true },
    sub: { type: 'string' },
    ttl: { type: 'string' },
    'max-ttl': { type: 'string' },
    audience: { type: 'string' },
    issuer: { type: 'string' },
  },
  async run(values) {
    const roles = list(values.role);
    if (!roles) throw new UsageError(`token needs --role (${tokens.roles.join(', ')}).`);
    const unknown = roles.filter((r) => !(tokens.roles as readonly string[]).includes(r));
    if (unknown.length) throw new UsageError(`Unknown role ${unknown.join(', ')}: use ${tokens.roles.join(', ')}.`);
    if (!values.sub) throw new UsageError('token needs --sub <who> (it is recorded in the audit log).');
    const secret = process.env.ERRATA_TRIAGE_SECRET;
    if (!secret) throw new UsageError('Set ERRATA_TRIAGE_SECRET to the secret the service verifies tokens with.');
    let ttlSeconds: number;
    let maxTtlSeconds: number;
    try {
      ttlSeconds = tokens.parseDuration(values.ttl ?? '10m');
      maxTtlSeconds = tokens.parseDuration(values['max-ttl'] ?? '1h');
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (ttlSeconds > maxTtlSeconds) throw new UsageError(`--ttl ${values.ttl} is longer than --max-ttl (${maxTtlSeconds} s): the service would refuse it.`);
    let token: string;
    try {
      token = await tokens.signToken({
        secret,
        subject: values.sub,
        roles: roles as (typeof tokens.roles)[number][],
        ttlSeconds,
        maxTtlSeconds,
        ...(values.audience ? { audience: values.audience } : {}),
        ...(values.issuer ? { issuer: values.issuer } : {}),
      });
    } catch (error) {
      // A short secret or an unusable subject: the user's to fix.
      throw new UsageError((error as Error).message);
    }
    process.stdout.write(`${token}\n`);
    process.stderr.write(`${roles.join('+')} token for ${values.sub}, valid until ${new Date(Date.now() + ttlSeconds * 1000).toISOString()}\n`);
    return 0;
  },
});
