// The Prometheus exposition: the metrics the reference documents, with bounded labels, and an
// exposition `promtool check metrics` accepts (Debian's prometheus package).
import { describe, expect, it } from 'vitest';
import { createErrata, ErrataError } from '@errata/server';
import { promtool } from '@errata/test/services';
import { createOps } from '../ops.js';
import { prometheusMetrics } from './prometheus.js';

async function exercised() {
  const metrics = prometheusMetrics();
  const ops = createOps({ metrics, dependencies: [{ name: 'search' }, { name: 'db' }] });
  const errata = createErrata({ observers: [ops.observer], onError: () => undefined });
  errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', url: '/x', headers: { accept: 'application/json' } });
  errata.render(new Error('boom'), { method: 'GET', url: '/y', headers: { accept: 'text/html' } });
  ops.dependencies.set('search', 'down', { condition: 'circuit-open' });
  ops.dependencies.fallback('search', 'circuit-open');
  ops.observer({ type: 'failure', stage: 'render', traceId: 't', failure: { name: 'Error', message: 'x' }, timestamp: new Date().toISOString() });
  for (const [method, route, status] of [
    ['GET', '/orders/:id', 200],
    ['GET', '/orders/:id', 500],
    ['BREW', undefined, 404],
    ['GET', 'x'.repeat(300), 200],
  ] as const) {
    const started = ops.requestStarted();
    ops.requestFinished(started, method, route, status);
  }
  return (await metrics.exposition()).body;
}

describe('prometheusMetrics', () => {
  it('exposes request duration, errors, dependency state, fallbacks and render failures', async () => {
    const text = await exercised();
    expect(text).toMatch(
      /^http_server_request_duration_seconds_count\{http_request_method="GET",http_route="\/orders\/:id",http_response_status_code="500"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_server_request_duration_seconds_bucket\{le="0.005",http_request_method="GET",http_route="\/orders\/:id",http_response_status_code="200"\} 1$/m,
    );
    // An unknown method and a missing route are one label each; a route too long to be a pattern is `other`.
    expect(text).toMatch(
      /^http_server_request_duration_seconds_count\{http_request_method="_OTHER",http_route="unmatched",http_response_status_code="404"\} 1$/m,
    );
    expect(text).toMatch(/^http_server_request_duration_seconds_count\{http_request_method="GET",http_route="other",http_response_status_code="200"\} 1$/m);
    expect(text).toMatch(/^errata_errors_total\{code="NOT_FOUND",status="404",format="json"\} 1$/m);
    expect(text).toMatch(/^errata_errors_total\{code="INTERNAL",status="500",format="html"\} 1$/m);
    expect(text).toMatch(/^errata_dependency_up\{dependency="search"\} 0$/m);
    expect(text).toMatch(/^errata_dependency_up\{dependency="db"\} 1$/m);
    expect(text).toMatch(/^errata_dependency_state\{dependency="search",state="down"\} 1$/m);
    expect(text).toMatch(/^errata_dependency_state\{dependency="search",state="healthy"\} 0$/m);
    expect(text).toMatch(/^errata_fallbacks_total\{dependency="search",condition="circuit-open"\} 1$/m);
    expect(text).toMatch(/^errata_render_failures_total 1$/m);
  });

  it('passes promtool check metrics', async () => {
    const result = promtool(['check', 'metrics'], await exercised());
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('is served on /metrics in the exposition content type', async () => {
    const ops = createOps();
    const reply = await ops.handle({ method: 'GET', url: '/metrics', headers: {} });
    expect(reply?.status).toBe(200);
    expect(reply?.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(reply?.body).toContain('# TYPE http_server_request_duration_seconds histogram');
  });
});
