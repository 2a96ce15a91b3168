// `@errata/ops/opentelemetry`: the same measurements through an OpenTelemetry meter, and errors
// recorded on the active span. @opentelemetry/api is an optional peer dependency: only this entry
// point loads it, and it must be the copy the host's SDK registered with.
import { type Attributes, type Meter, SpanStatusCode, trace } from '@opentelemetry/api';
import type { ErrataErrorEvent } from '@errata/server';
import type { DependencyStatus } from './dependencies/registry.js';
import { durationBuckets, type MetricsSink } from './metrics/sink.js';

/**
 * A metrics sink on an OpenTelemetry meter, so a fleet sends errata's metrics to the collector it
 * already runs. Instruments: `http.server.request.duration` (s, the conventions' attributes and
 * advised buckets), `errata.errors`, `errata.dependency.up` and `errata.dependency.state`
 * (observable gauges), `errata.fallbacks`, `errata.render_failures`, `errata.store_failures`.
 * A collector exporting to Prometheus names them as `prometheusMetrics` does.
 */
export function otelMetrics(meter: Meter): MetricsSink {
  const duration = meter.createHistogram('http.server.request.duration', {
    unit: 's',
    description: 'Duration of HTTP server requests.',
    advice: { explicitBucketBoundaries: [...durationBuckets] },
  });
  const errors = meter.createCounter('errata.errors', { description: 'Error responses rendered by errata.' });
  const fallbacks = meter.createCounter('errata.fallbacks', { description: "Fallbacks served instead of a dependency's answer." });
  const renderFailures = meter.createCounter('errata.render_failures', { description: 'Responses for which errata sent its static fallback page.' });
  const storeFailures = meter.createCounter('errata.store_failures', { description: 'Triage store operations that failed.' });
  const states = new Map<string, DependencyStatus>();
  meter.createObservableGauge('errata.dependency.up', { description: '1 while the dependency is usable, 0 while it is down.' }).addCallback((result) => {
    for (const [dependency, status] of states) result.observe(status === 'down' ? 0 : 1, { dependency });
  });
  meter.createObservableGauge('errata.dependency.state', { description: "1 for the dependency's current state." }).addCallback((result) => {
    for (const [dependency, status] of states)
      for (const state of ['healthy', 'degraded', 'down']) result.observe(state === status ? 1 : 0, { dependency, state });
  });
  // Attribute objects reused per (method, route, status): a request allocates none.
  const attributes = new Map<string, Attributes>();
  return {
    request(method, route, status, seconds) {
      const key = `${method} ${status} ${route}`;
      let attrs = attributes.get(key);
      if (!attrs) attributes.set(key, (attrs = { 'http.request.method': method, 'http.route': route, 'http.response.status_code': status }));
      duration.record(seconds, attrs);
    },
    error: (code, status, format) => errors.add(1, { code, status: String(status), format }),
    dependency: (name, status) => void states.set(name, status),
    fallback: (dependency, condition) => fallbacks.add(1, { dependency, condition }),
    renderFailure: () => renderFailures.add(1),
    storeFailure: (operation) => storeFailures.add(1, { operation }),
  };
}

/**
 * Records each error on the span active when errata rendered it (the request's server span under
 * the host's HTTP instrumentation): an `exception` event (name and the redacted message), the
 * attribute `error.type` = the catalog code, and, for a 5xx, status ERROR (the conventions leave
 * a server span's status unset for a 4xx). Give it as `createOps({ spans: otelSpans() })`.
 */
export function otelSpans(): (event: ErrataErrorEvent) => void {
  return (event) => {
    const span = trace.getActiveSpan();
    if (!span) return;
    span.recordException({ name: event.name, message: event.message });
    span.setAttribute('error.type', event.code);
    if (event.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: event.code });
  };
}
