import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type DependencyStatus, dependencyStatuses } from '../dependencies/registry.js';
import { durationBuckets, type MetricsSink } from './sink.js';

export interface PrometheusOptions {
  /** A prom-client registry to add errata's metrics to (e.g. prom-client's global `register`, with your own metrics). Default: a new one. */
  readonly registry?: Registry;
}

/**
 * Metrics for Prometheus through prom-client. Names are the OpenTelemetry HTTP conventions as
 * Prometheus spells them (`http.server.request.duration` in seconds ->
 * `http_server_request_duration_seconds`, `http.route` -> `http_route`) plus errata's own.
 * The metric reference (expected ranges, alert thresholds) is in the package README.
 */
export interface PrometheusSink extends MetricsSink {
  /** The prom-client registry the metrics are in. */
  readonly registry: Registry;
  exposition(): Promise<{ readonly contentType: string; readonly body: string }>;
}

export function prometheusMetrics(options: PrometheusOptions = {}): PrometheusSink {
  const registry = options.registry ?? new Registry();
  const registers = [registry];
  const duration = new Histogram({
    name: 'http_server_request_duration_seconds',
    help: 'Duration of HTTP server requests, by method, route pattern and status code.',
    labelNames: ['http_request_method', 'http_route', 'http_response_status_code'],
    buckets: [...durationBuckets],
    registers,
  });
  const errors = new Counter({
    name: 'errata_errors_total',
    help: 'Error responses rendered by errata, by catalog code, HTTP status and format.',
    labelNames: ['code', 'status', 'format'],
    registers,
  });
  const up = new Gauge({
    name: 'errata_dependency_up',
    help: '1 while the dependency is usable (healthy or degraded), 0 while it is down.',
    labelNames: ['dependency'],
    registers,
  });
  const state = new Gauge({
    name: 'errata_dependency_state',
    help: "1 for the dependency's current state (healthy, degraded, down), 0 for the others.",
    labelNames: ['dependency', 'state'],
    registers,
  });
  const fallbacks = new Counter({
    name: 'errata_fallbacks_total',
    help: "Fallbacks served instead of a dependency's answer, by dependency and the condition that triggered them.",
    labelNames: ['dependency', 'condition'],
    registers,
  });
  const renderFailures = new Counter({
    name: 'errata_render_failures_total',
    help: 'Error responses for which rendering failed and the static fallback page was sent.',
    registers,
  });
  const storeFailures = new Counter({
    name: 'errata_store_failures_total',
    help: 'Triage store operations that failed (the error response went out regardless).',
    labelNames: ['operation'],
    registers,
  });

  // The histogram child per (method, route, status), found by nested maps: a request costs three
  // lookups and one observe, no label object and no key string.
  type Child = ReturnType<typeof duration.labels>;
  const children = new Map<string, Map<string, Map<number, Child>>>();
  const child = (method: string, route: string, status: number): Child => {
    let byRoute = children.get(method);
    if (!byRoute) children.set(method, (byRoute = new Map()));
    let byStatus = byRoute.get(route);
    if (!byStatus) byRoute.set(route, (byStatus = new Map()));
    let found = byStatus.get(status);
    if (!found) byStatus.set(status, (found = duration.labels(method, route, String(status))));
    return found;
  };

  return {
    registry,
    request(method, route, status, seconds) {
      child(method, route, status).observe(seconds);
    },
    error(code, status, format) {
      errors.labels(code, String(status), format).inc();
    },
    dependency(name, current: DependencyStatus) {
      up.labels(name).set(current === 'down' ? 0 : 1);
      for (const s of dependencyStatuses) state.labels(name, s).set(s === current ? 1 : 0);
    },
    fallback(dependency, condition) {
      fallbacks.labels(dependency, condition).inc();
    },
    renderFailure() {
      renderFailures.inc();
    },
    storeFailure(operation) {
      storeFailures.labels(operation).inc();
    },
    async exposition() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
