import type { DependencyStatus } from '../dependencies/registry.js';

/**
 * Where measurements go: Prometheus (`prometheusMetrics`, the default) or an OpenTelemetry meter
 * (`otelMetrics` from `@errata/ops/opentelemetry`). Label values arrive already bounded.
 */
export interface MetricsSink {
  /** One finished HTTP request (the observing middleware): method, route pattern, status, duration. */
  request(method: string, route: string, status: number, seconds: number): void;
  /** One error response errata rendered. */
  error(code: string, status: number, format: string): void;
  /** A dependency's current status. */
  dependency(name: string, status: DependencyStatus): void;
  /** A fallback served instead of a dependency's answer, and why. */
  fallback(dependency: string, condition: string): void;
  /** errata sent its static fallback page because rendering failed. */
  renderFailure(): void;
  /** The triage store could not record or read (the response went out anyway). */
  storeFailure(operation: string): void;
  /** The Prometheus text exposition, for sinks that have one (`/metrics`). */
  exposition?(): Promise<{ readonly contentType: string; readonly body: string }>;
}

/** The HTTP methods the OpenTelemetry conventions name; anything else is `_OTHER` (bounded labels). */
const knownMethods = new Set(['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'QUERY', 'TRACE']);

export function methodLabel(method: unknown): string {
  return typeof method === 'string' && knownMethods.has(method) ? method : '_OTHER';
}

/** The one label for a request no route matched (404s, scans): never the raw path. */
export const unmatchedRoute = 'unmatched';
const maxRoutes = 500;

/**
 * Route labels stay bounded even if a framework hands over something unexpected: a route
 * pattern of printable ASCII up to 200 characters, and at most 500 distinct ones (then `other`).
 */
export function createRouteLabels(): (route: unknown) => string {
  const seen = new Set<string>();
  return (route) => {
    if (typeof route !== 'string' || route === '') return unmatchedRoute;
    if (seen.has(route)) return route;
    if (route.length > 200 || !/^[\x21-\x7e]+$/.test(route) || seen.size >= maxRoutes) return 'other';
    seen.add(route);
    return route;
  };
}

/** The OpenTelemetry HTTP conventions' advised buckets for `http.server.request.duration`, in seconds. */
export const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] as const;
