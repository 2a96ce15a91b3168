// `errata probe`: a running service's error surfaces, checked the way a monitoring job would.
import { defineCommand, UsageError } from '../command.js';
import { defaultExpectations, loadExpectations } from '../probe/expect.js';
import { probe, type ProbeReport } from '../probe/run.js';

const help = `Usage: errata probe <base-url> [--expect <file>] [--format text|json]

Requests a service's error surfaces as a monitoring job would (from CI, or on a schedule against
staging or production) and checks each answer: an unknown path as a browser, as an API client and
as curl, a HEAD, the health endpoints, the triage endpoint without a token. Checks the status
(an error never answered as 2xx/3xx), the content type, the security headers, the same reference
in the body and in X-Request-Id, valid problem+json, and that nothing internal leaks (stack traces,
paths, system error codes, versions). Prints each failure with what to fix. Every request carries
the header x-errata-probe: 1, so the service's metrics can keep probes out of its error rates.
Exit status: 0 every check passed (or was skipped or warned); 1 a check failed; 2 a usage mistake.

Options:
  --expect <file>       JSON overriding the defaults (see the CLI README), e.g.
                        { "health": [{ "name": "liveness", "path": "/healthz", "status": [200], "required": true }] }
  --format text|json    report format (default: text); json for alerting
  -h, --help            show this help

Defaults: unknown path ${defaultExpectations.unknownPath.status.join('/')} (404, or a proxy's answer while the service is down);
health ${defaultExpectations.health.map((e) => `${e.path} ${e.status.join('/')}`).join(', ')}; triage ${defaultExpectations.triage
  .map((e) => `${e.path} ${e.status.join('/')}`)
  .join(', ')}. These endpoints are optional: absent (404) is skipped; a 502-504 from a proxy in
front of a service that is down is a warning.`;

const marks = { pass: 'ok  ', fail: 'FAIL', warn: 'warn', skip: 'skip' } as const;

function text(report: ProbeReport): string {
  const lines = [`errata probe ${report.url}`];
  for (const check of report.checks) {
    const got = check.status !== undefined ? ` -> ${check.status}${check.contentType ? ` ${check.contentType}` : ''}` : '';
    lines.push(`${marks[check.outcome]} ${check.name}: ${check.method} ${check.path}${got}${check.note ? ` (${check.note})` : ''}`);
    for (const p of check.problems) lines.push(`       - ${p.problem}`, `         fix: ${p.fix}`);
  }
  const { pass, fail, warn, skip } = report.summary;
  lines.push(`${report.ok ? 'OK' : 'FAILED'}: ${pass} passed, ${fail} failed, ${warn} warned, ${skip} skipped`);
  return `${lines.join('\n')}\n`;
}

export const command = defineCommand({
  help,
  maxPositionals: 1,
  options: { expect: { type: 'string' }, format: { type: 'string', default: 'text' } },
  async run(values, positionals) {
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${values.format}.`);
    const given = positionals[0];
    if (!given) throw new UsageError('probe needs the base URL of the service, e.g. errata probe https://staging.example.com');
    let base: URL;
    try {
      base = new URL(given);
      if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      throw new UsageError(`probe takes an http(s) URL, not "${given}".`);
    }
    const report = await probe(base, await loadExpectations(values.expect));
    process.stdout.write(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : text(report));
    return report.ok ? 0 : 1;
  },
});
