// OpenTelemetry through the SDK's in-memory exporters: the same metrics on an OTel meter, and
// errors recorded on the active span (exception event, error.type = the catalog code, status).
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrata, ErrataError } from '@errata/server';
import { createOps } from './ops.js';
import { otelMetrics, otelSpans } from './opentelemetry.js';

const spans = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
const contextManager = new AsyncLocalStorageContextManager();

beforeAll(() => {
  context.setGlobalContextManager(contextManager.enable());
  trace.setGlobalTracerProvider(tracerProvider);
});
afterAll(async () => {
  await tracerProvider.shutdown();
  trace.disable();
  context.disable();
});

describe('otelMetrics', () => {
  it('records the request histogram with the conventions’ attributes and buckets, errors, dependencies and fallbacks', async () => {
    const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
    const provider = new MeterProvider({ readers: [reader] });
    const ops = createOps({ metrics: otelMetrics(provider.getMeter('errata')), dependencies: [{ name: 'search' }] });
    const errata = createErrata({ observers: [ops.observer], onError: () => undefined });
    errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', url: '/x', headers: { accept: 'application/json' } });
    ops.requestFinished(ops.requestStarted(), 'GET', '/orders/:id', 404);
    ops.dependencies.set('search', 'down');
    ops.dependencies.fallback('search', 'circuit-open');
    await reader.forceFlush();
    const metrics = exporter.getMetrics().flatMap((r) => r.scopeMetrics.flatMap((s) => s.metrics));
    const byName = Object.fromEntries(metrics.map((m) => [m.descriptor.name, m]));

    const duration = byName['http.server.request.duration'];
    expect(duration?.descriptor.unit).toBe('s');
    const point = duration?.dataPoints[0];
    expect(point?.attributes).toEqual({ 'http.request.method': 'GET', 'http.route': '/orders/:id', 'http.response.status_code': 404 });
    // The buckets the HTTP semantic conventions advise for http.server.request.duration.
    expect((point?.value as { buckets: { boundaries: number[] } } | undefined)?.buckets.boundaries).toEqual([
      0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
    ]);
    expect(byName['errata.errors']?.dataPoints.map((p) => [p.attributes, p.value])).toEqual([[{ code: 'NOT_FOUND', status: '404', format: 'json' }, 1]]);
    expect(byName['errata.dependency.up']?.dataPoints.map((p) => [p.attributes, p.value])).toEqual([[{ dependency: 'search' }, 0]]);
    expect(byName['errata.fallbacks']?.dataPoints.map((p) => [p.attributes, p.value])).toEqual([[{ dependency: 'search', condition: 'circuit-open' }, 1]]);
    await provider.shutdown();
  });
});

describe('otelSpans', () => {
  it('records the error on the active span: exception, error.type and, for a 5xx, status ERROR', () => {
    const ops = createOps({ spans: otelSpans(), metrics: false });
    const errata = createErrata({ observers: [ops.observer], onError: () => undefined });
    const tracer = trace.getTracer('test');
    tracer.startActiveSpan('GET /checkout', (span) => {
      errata.render(new Error('ledger down'), { method: 'GET', url: '/checkout', headers: {} });
      span.end();
    });
    tracer.startActiveSpan('GET /nope', (span) => {
      errata.render(new ErrataError('NOT_FOUND'), { method: 'GET', url: '/nope', headers: {} });
      span.end();
    });
    const [server, client] = spans.getFinishedSpans();
    expect(server?.attributes['error.type']).toBe('INTERNAL');
    expect(server?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'INTERNAL' });
    expect(server?.events.map((e) => [e.name, e.attributes?.['exception.type'], e.attributes?.['exception.message']])).toEqual([
      ['exception', 'Error', 'ledger down'],
    ]);
    expect(client?.attributes['error.type']).toBe('NOT_FOUND');
    expect(client?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('does nothing without an active span', () => {
    const record = otelSpans();
    expect(() =>
      record({
        type: 'error',
        traceId: 't',
        code: 'INTERNAL',
        status: 500,
        severity: 'medium',
        name: 'Error',
        message: 'x',
        causes: [],
        request: { method: 'GET', path: '/', query: {}, headers: {} },
        mode: 'production',
        format: 'text',
        timestamp: '',
      }),
    ).not.toThrow();
  });
});
