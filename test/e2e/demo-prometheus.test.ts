// Debian's Prometheus scrapes the demo on 127.0.0.1; errata_errors_total and the dependency gauge
// read back through Prometheus's HTTP API; promtool accepts the exposition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '@errata/demo';
import { promtool, type RunningPrometheus, startPrometheus } from '@errata/test/services';

let demo: Demo;
let prometheus: RunningPrometheus;
beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  prometheus = await startPrometheus([new URL(demo.url).host]);
}, 40_000);
afterAll(async () => {
  await prometheus?.stop();
  await demo?.close();
});

describe('Prometheus scraping the demo', () => {
  it('reads errata_errors_total and errata_dependency_up back through the HTTP API', async () => {
    for (let i = 0; i < 3; i++) await fetch(`${demo.url}/internal-error`, { headers: { accept: 'text/html' } });
    await fetch(`${demo.url}/api/no-such-resource`);
    await fetch(`${demo.url}/upstream/mode`, {
      method: 'POST',
      body: new URLSearchParams({ set: 'down' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });

    const value = async (expr: string) => (await prometheus.query(expr))[0]?.value;
    await expect.poll(() => value('sum(errata_errors_total{code="INTERNAL",status="500"})'), { timeout: 20_000, interval: 500 }).toBe(3);
    await expect.poll(() => value('sum(errata_errors_total{code="NOT_FOUND",format="json"})'), { timeout: 20_000, interval: 500 }).toBe(1);
    // Background checks (every 2 s) notice the upstream is down without any search traffic.
    await expect.poll(() => value('errata_dependency_up{dependency="search"}'), { timeout: 20_000, interval: 500 }).toBe(0);
    const series = await prometheus.query('http_server_request_duration_seconds_count{http_route="/internal-error,/api/internal-error"}');
    expect(series.map((s) => [s.metric.http_request_method, s.metric.http_response_status_code, s.value])).toEqual([['GET', '500', 3]]);
  });

  it('serves an exposition promtool accepts', async () => {
    const body = await (await fetch(`${demo.url}/metrics`)).text();
    const result = promtool(['check', 'metrics'], body);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});
