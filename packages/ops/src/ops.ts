import { performance } from 'node:perf_hooks';
import { builtinCatalog, type Catalog } from '@errata/catalog';
import type { AuthorizeResult, ErrataErrorEvent, ErrataEvent, RequestLike } from '@errata/server';
import { type ThemeName, themeNames } from '@errata/tokens';
import { createAccessControl } from './access/access.js';
import type { AuditEvent } from './access/audit.js';
import { createInspector } from './access/inspect.js';
import { createLimits, type RateLimitOptions } from './access/rate-limit.js';
import { hasRole, type VerifierOptions } from './access/tokens.js';
import { type BannerRenderer, type BannersOptions, bannersFor, type StateBanner } from './banners.js';
import { createDependencyRegistry, type DependencyRegistry, type DependencySpec, type DependencyState } from './dependencies/registry.js';
import { healthJson, healthPage, kubernetesText } from './health/formats.js';
import { healthOf, httpStatusOf, type HealthResult, type Probe } from './health/health.js';
import { clientAddressOf, headerOf, methodOf, type OpsRequest, type OpsResponse, parseUrl, traceIdOf } from './http/request.js';
import { html, preferred, problem, respond } from './http/respond.js';
import { alertRules, type AlertRulesOptions } from './metrics/alert-rules.js';
import { prometheusMetrics } from './metrics/prometheus.js';
import { createRouteLabels, type MetricsSink, methodLabel } from './metrics/sink.js';
import { memoryErrorStore } from './triage/memory-store.js';
import { recordOf } from './triage/record.js';
import type { ErrorStore } from './triage/store.js';
import { createTriage } from './triage/endpoints.js';

/** Where each endpoint is mounted; `false` leaves it out. */
export interface OpsPaths {
  readonly livez: string | false;
  readonly readyz: string | false;
  readonly metrics: string | false;
  /** The list; `<errors>/<reference>` looks one up. */
  readonly errors: string | false;
  readonly audit: string | false;
}

export const defaultPaths: OpsPaths = { livez: '/livez', readyz: '/readyz', metrics: '/metrics', errors: '/_errata/errors', audit: '/_errata/audit' };

/** Something inside @errata/ops failed (the triage store, mostly); the response it concerned went out regardless. */
export interface OpsFailure {
  readonly type: 'ops-failure';
  readonly operation: string;
  readonly error: { readonly name: string; readonly code?: string; readonly message: string };
  readonly time: string;
}

export interface OpsOptions {
  /** The catalog errata renders with (operator notes, severities, alert rules). Default `builtinCatalog`. */
  readonly catalog?: Catalog;
  readonly serviceName?: string;
  /** Theme of the HTML views. Default `auto`. */
  readonly theme?: ThemeName;
  readonly dependencies?: readonly DependencySpec[];
  readonly health?: {
    /** The whole check run's deadline: keep it under the probe's timeout (Kubernetes' default is 1 s). Default 800 ms. */
    readonly deadlineMs?: number;
    /** How long a run's results answer probes. Default 1000 ms. */
    readonly cacheMs?: number;
    /**
     * Also run the checks in the background this often, so dependency state (metrics, banners)
     * follows a dependency between probes. Default: only when probed. The timer does not keep
     * the process alive; `close()` stops it.
     */
    readonly intervalMs?: number;
  };
  /** Default `prometheusMetrics()`; `otelMetrics(meter)` from `@errata/ops/opentelemetry` for a collector; `false` for none. */
  readonly metrics?: MetricsSink | false;
  /** Called with each error event, e.g. `otelSpans()` to record it on the active span. */
  readonly spans?: (event: ErrataErrorEvent) => void;
  /** Default `memoryErrorStore()`; `redisErrorStore(...)` from `@errata/ops/redis` for a fleet. */
  readonly store?: ErrorStore;
  /** How tokens are verified: `secret` (HS256) or `keys` (a JWK set), plus audience, issuer, maximum lifetime. Without it nobody is authorised. */
  readonly access?: VerifierOptions;
  readonly rateLimit?: RateLimitOptions;
  /** Every audit event, besides the store. */
  readonly onAudit?: (event: AuditEvent) => void;
  /** Answer 503 instead of data when the audit record cannot be written. Default false. */
  readonly auditFailClosed?: boolean;
  /** Failures of @errata/ops itself. Default: one JSON line to stderr per operation at most every 10 s. */
  readonly onFailure?: (failure: OpsFailure) => void;
  readonly paths?: Partial<OpsPaths>;
  /** For tests: the clock. */
  readonly now?: () => number;
}

export interface Ops {
  readonly catalog: Catalog;
  readonly dependencies: DependencyRegistry;
  readonly metrics: MetricsSink | undefined;
  readonly store: ErrorStore;
  readonly paths: OpsPaths;
  /** Give it to errata: `createErrata({ observers: [ops.observer] })`. Never throws. */
  readonly observer: (event: ErrataEvent) => void;
  /**
   * Give it to errata: `createErrata({ diagnostics: { authorize: ops.authorizeDiagnostics } })`.
   * Diagnostics for a request with a verified operator token (the observing middleware verifies
   * tokens ahead; see `prepare`); errata then emits the audit event, which lands in the audit log.
   */
  authorizeDiagnostics(request: RequestLike): AuthorizeResult;
  /** Verifies a request's bearer token ahead of `authorizeDiagnostics`; undefined when there is none. */
  prepare(request: Pick<OpsRequest, 'headers'>): Promise<unknown> | undefined;
  /** The observing middleware's clock: call at the start of a request. */
  requestStarted(): number;
  /**
   * ... and at its end: records `http_server_request_duration_seconds` under the route pattern
   * (`unmatched` without one) and, for an error response, its route in the triage store.
   */
  requestFinished(started: number, method: string, route: string | undefined, status: number, reference?: string): void;
  /** The endpoints: an answer for the paths in `paths`, undefined for any other. */
  handle(request: OpsRequest): Promise<OpsResponse | undefined>;
  /** Liveness or readiness, as data (readiness runs the checks: cached, single flight). */
  health(probe: Probe, exclude?: ReadonlySet<string>): Promise<HealthResult>;
  /** The banners a normal page should show now, from the dependencies' state (see `bannersFor`). */
  banners(errata: BannerRenderer, request?: Pick<OpsRequest, 'headers'>, options?: BannersOptions): StateBanner[];
  /** Prometheus alerting rules from the catalog and the registered dependencies (YAML). */
  alertRules(options?: Omit<AlertRulesOptions, 'dependencies'>): string;
  /** The incident switch: show health details to everyone. Audited, with who and why. */
  exposeDetails(on: boolean, by: { readonly who: string; readonly reason?: string }): Promise<void>;
  readonly detailsExposed: boolean;
  close(): Promise<void>;
}

/** Error references remembered until their response finishes, to attach the route: bounded. */
const maxPending = 1024;
const failureEvery = 10_000;

function describe(error: unknown): OpsFailure['error'] {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | undefined;
  return {
    name: typeof e?.name === 'string' ? e.name.slice(0, 80) : 'Error',
    ...(typeof e?.code === 'string' ? { code: e.code.slice(0, 64) } : {}),
    message: typeof e?.message === 'string' ? e.message.slice(0, 300) : String(error).slice(0, 300),
  };
}

/**
 * The operations surface for a service rendered by @errata/server: dependency state, health
 * endpoints, metrics, the triage store and its endpoints, tokens and the audit log. Connect it to
 * errata with `observers` and `diagnostics.authorize`, mount `handle` (or an adapter's
 * `opsEndpoints`) and add the observing middleware.
 */
export function createOps(options: OpsOptions = {}): Ops {
  const now = options.now ?? Date.now;
  const catalog = options.catalog ?? builtinCatalog;
  const theme = options.theme ?? 'auto';
  if (!themeNames.includes(theme)) throw new TypeError(`theme must be one of ${themeNames.join(', ')}`);
  const paths: OpsPaths = { ...defaultPaths, ...options.paths };
  const metrics = options.metrics === false ? undefined : (options.metrics ?? prometheusMetrics());
  const store = options.store ?? memoryErrorStore();
  const routeLabel = createRouteLabels();
  const lastReported = new Map<string, number>();

  const failed = (operation: string, error: unknown) => {
    metrics?.storeFailure(operation);
    const failure: OpsFailure = { type: 'ops-failure', operation, error: describe(error), time: new Date(now()).toISOString() };
    try {
      if (options.onFailure) options.onFailure(failure);
      else if (now() - (lastReported.get(operation) ?? Number.NEGATIVE_INFINITY) >= failureEvery) {
        lastReported.set(operation, now());
        console.error(JSON.stringify(failure));
      }
    } catch {
      // A failing failure hook has nowhere left to report to.
    }
  };

  const dependencies = createDependencyRegistry({
    deadlineMs: options.health?.deadlineMs ?? 800,
    cacheMs: options.health?.cacheMs ?? 1000,
    now,
    onChange: (state) => metrics?.dependency(state.name, state.status),
    onFallback: (name, condition) => metrics?.fallback(name, condition),
  });
  for (const spec of options.dependencies ?? []) dependencies.register(spec);
  const intervalMs = options.health?.intervalMs;
  if (intervalMs !== undefined && (!Number.isFinite(intervalMs) || intervalMs < 100)) throw new RangeError('health.intervalMs must be at least 100');
  const background =
    intervalMs === undefined ? undefined : setInterval(() => void dependencies.refresh().catch((error: unknown) => failed('check', error)), intervalMs);
  background?.unref();

  const access = createAccessControl(options.access, now);
  const writeAudit = async (event: AuditEvent): Promise<boolean> => {
    try {
      options.onAudit?.(event);
    } catch {
      // The host's hook failing must not lose the stored record.
    }
    try {
      await store.appendAudit(event);
      return true;
    } catch (error) {
      failed('audit', error);
      return false;
    }
  };
  const limits = createLimits(options.rateLimit);
  const inspector = createInspector({ access, limits, now, write: writeAudit, failClosed: options.auditFailClosed ?? false });
  const triage = createTriage({
    catalog,
    store,
    inspector,
    theme,
    now,
    failed,
    errorsPath: paths.errors || '/',
    ...(options.serviceName ? { serviceName: options.serviceName } : {}),
  });

  let observing = false;
  let exposed = false;
  const pending = new Map<string, string>();

  function onError(event: ErrataErrorEvent): void {
    metrics?.error(event.code, event.status, event.format);
    options.spans?.(event);
    const record = recordOf(event);
    if (observing) {
      if (pending.size >= maxPending) pending.clear();
      pending.set(record.reference, record.code);
    }
    // Without the observing middleware no route pattern will come: group by the (redacted) path.
    store.record(record, observing ? undefined : record.request.path.slice(0, 200)).catch((error: unknown) => failed('record', error));
  }

  async function health(probe: Probe, exclude: ReadonlySet<string> = new Set()): Promise<HealthResult> {
    const states = probe === 'ready' ? await dependencies.refresh() : dependencies.list();
    return healthOf(probe, states, exclude, new Date(now()));
  }

  /** Health details for a viewer's token (audited, allowed or not) or while exposed; otherwise the public view. */
  async function detailsAllowed(request: OpsRequest): Promise<boolean> {
    if (headerOf(request.headers, 'authorization') === undefined) {
      if (exposed) await writeAudit(healthAudit(request, 'allowed', 'exposed'));
      return exposed;
    }
    // A token on a probe counts against its address like a triage call (no guessing at probe
    // rate), but a limited caller still gets the public answer: probes must keep working.
    const wait = await limits.address(clientAddressOf(request));
    if (wait) {
      await writeAudit(healthAudit(request, exposed ? 'allowed' : 'rate-limited', 'address'));
      return exposed;
    }
    const auth = await access.authenticate(request.headers);
    const allowed = auth.ok && hasRole(auth.principal, 'viewer');
    await writeAudit({
      ...healthAudit(request, allowed || exposed ? 'allowed' : 'denied', auth.ok ? (allowed ? undefined : 'forbidden') : auth.problem),
      ...(auth.ok ? { who: auth.principal.subject, roles: [...auth.principal.roles] } : {}),
    });
    return allowed || exposed;
  }

  function healthAudit(request: OpsRequest, outcome: AuditEvent['outcome'], reason?: string): AuditEvent {
    return {
      type: 'audit',
      action: 'health.details',
      outcome,
      ...(reason ? { reason } : {}),
      client: clientAddressOf(request),
      time: new Date(now()).toISOString(),
      traceId: traceIdOf(request),
    };
  }

  async function healthEndpoint(request: OpsRequest, probe: Probe): Promise<OpsResponse> {
    const url = parseUrl(request.url);
    const exclude = new Set(
      (url.query.get('exclude') ?? '')
        .split(',')
        .filter((n) => /^[a-z0-9_-]{1,64}$/.test(n))
        .slice(0, 16),
    );
    const verbose = url.query.has('verbose');
    const [result, detailed] = await Promise.all([health(probe, exclude), detailsAllowed(request)]);
    const status = httpStatusOf(result.status);
    const vary = { vary: 'Accept, Authorization' };
    const format = preferred(request, ['text/plain', 'application/health+json', 'application/json', 'text/html'] as const);
    if (format === 'text/html') return html(request, status, healthPage(result, detailed, theme, options.serviceName), vary);
    if (format === 'text/plain') return respond(request, status, 'text/plain; charset=utf-8', kubernetesText(result, verbose, detailed), vary);
    return respond(request, status, 'application/health+json', JSON.stringify(healthJson(result, detailed, options.serviceName)), vary);
  }

  const ops: Ops = {
    catalog,
    dependencies,
    metrics,
    store,
    paths,
    get detailsExposed() {
      return exposed;
    },

    observer(event) {
      try {
        if (event.type === 'error') onError(event);
        else if (event.type === 'failure') metrics?.renderFailure();
        else if (event.type === 'audit') {
          void writeAudit({
            type: 'audit',
            action: 'diagnostics.shown',
            outcome: 'allowed',
            who: event.who,
            roles: ['operator'],
            reference: event.traceId,
            client: 'unknown',
            time: event.timestamp,
            traceId: event.traceId,
          });
        }
      } catch (error) {
        failed('observe', error);
      }
    },

    authorizeDiagnostics(request) {
      try {
        const principal = access.known(request.headers);
        return principal && hasRole(principal, 'operator') ? { who: principal.subject } : false;
      } catch {
        return false;
      }
    },

    prepare: (request) => access.prepare(request.headers),

    requestStarted() {
      observing = true;
      return performance.now();
    },

    requestFinished(started, method, route, status, reference) {
      const label = routeLabel(route);
      metrics?.request(methodLabel(method), label, status, (performance.now() - started) / 1000);
      if (status >= 400 && reference !== undefined && pending.size > 0) {
        const code = pending.get(reference);
        if (code !== undefined) {
          pending.delete(reference);
          store.setRoute(reference, code, label).catch((error: unknown) => failed('route', error));
        }
      }
    },

    async handle(request) {
      const { path } = parseUrl(request.url);
      const endpoint =
        path === paths.livez
          ? 'livez'
          : path === paths.readyz
            ? 'readyz'
            : path === paths.metrics
              ? 'metrics'
              : path === paths.errors
                ? 'errors'
                : paths.errors && path.startsWith(`${paths.errors}/`)
                  ? 'error'
                  : path === paths.audit
                    ? 'audit'
                    : undefined;
      if (!endpoint) return undefined;
      const method = methodOf(request);
      if (method !== 'GET' && method !== 'HEAD') return problem(request, 405, traceIdOf(request), { allow: 'GET, HEAD' });
      switch (endpoint) {
        case 'livez':
          return healthEndpoint(request, 'live');
        case 'readyz':
          return healthEndpoint(request, 'ready');
        case 'metrics': {
          if (!metrics?.exposition) return problem(request, 404, traceIdOf(request));
          const exposition = await metrics.exposition();
          return respond(request, 200, exposition.contentType, exposition.body);
        }
        case 'errors':
          return triage.list(request);
        case 'error':
          return triage.lookup(request, path.slice(String(paths.errors).length + 1));
        case 'audit':
          return triage.auditLog(request);
      }
    },

    health,

    banners(errata, request, bannerOptions) {
      return bannersFor(dependencies.list(), catalog, errata, request, bannerOptions);
    },

    alertRules(ruleOptions = {}) {
      return alertRules(catalog, { ...ruleOptions, dependencies: dependencies.list().map((d: DependencyState) => ({ name: d.name, code: d.code })) });
    },

    async exposeDetails(on, by) {
      exposed = on;
      await writeAudit({
        type: 'audit',
        action: 'details.exposure',
        outcome: 'allowed',
        reason: on ? 'on' : 'off',
        who: String(by.who).slice(0, 200),
        ...(by.reason ? { query: { reason: String(by.reason).slice(0, 200) } } : {}),
        client: 'local',
        time: new Date(now()).toISOString(),
        traceId: traceIdOf({}),
      });
    },

    async close() {
      if (background) clearInterval(background);
      await store.close();
    },
  };
  return ops;
}
