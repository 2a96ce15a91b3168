import { createElement } from 'react';
import type { Catalog } from '@errata/catalog';
import { TriageEvent, TriageTable, type TriageGroup } from '@errata/react';
import type { ThemeName } from '@errata/tokens';
import type { Answer, Inspector } from '../access/inspect.js';
import { hasRole } from '../access/tokens.js';
import { type OpsRequest, type OpsResponse, parseUrl } from '../http/request.js';
import { html, json, preferred, problem } from '../http/respond.js';
import { renderView } from '../http/view.js';
import { type ErrorGroupCounts, type ErrorRecord, notesFor } from './record.js';
import type { ErrorStore } from './store.js';

/** The version of the JSON answers (`triageSchemas` describes it). A breaking change bumps it. */
export const triageVersion = 1;
const maxQuery = 2048;
const defaultLimit = 20;
const maxLimit = 100;
/** The shape of a reference errata issues: a trace id or a sane `x-request-id`. */
export const referencePattern = /^[A-Za-z0-9._:-]{1,128}$/;

export interface TriageOptions {
  readonly catalog: Catalog;
  readonly store: ErrorStore;
  readonly inspector: Inspector;
  readonly theme: ThemeName;
  readonly serviceName?: string;
  readonly now: () => number;
  /** Report a store read that failed (counted; the caller gets a 503). */
  readonly failed: (operation: string, error: unknown) => void;
  /** Where the list lives, for the "next page" link of the HTML view. */
  readonly errorsPath: string;
}

type ListQuery = { code?: string; route?: string; since?: number; until?: number; limit: number; offset: number };

function parseTime(value: string): number | undefined {
  if (/^\d{1,15}$/.test(value)) return Number(value);
  if (value.length > 40) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** The list's parameters, each checked; unknown ones ignored. `undefined` for anything invalid. */
function readListQuery(request: OpsRequest): { query: ListQuery; asked: Record<string, string> } | undefined {
  const url = parseUrl(request.url);
  if (url.queryLength > maxQuery) return undefined;
  const q = url.query;
  const asked: Record<string, string> = {};
  const query: ListQuery = { limit: defaultLimit, offset: 0 };
  const code = q.get('code');
  if (code !== undefined) {
    if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(code)) return undefined;
    query.code = asked.code = code;
  }
  const route = q.get('route');
  if (route !== undefined) {
    if (!/^[\x21-\x7e]{1,200}$/.test(route)) return undefined;
    query.route = asked.route = route;
  }
  for (const name of ['since', 'until'] as const) {
    const value = q.get(name);
    if (value === undefined) continue;
    const t = parseTime(value);
    if (t === undefined) return undefined;
    query[name] = t;
    asked[name] = new Date(t).toISOString();
  }
  const limit = q.get('limit');
  if (limit !== undefined) {
    if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > maxLimit) return undefined;
    query.limit = Number(limit);
    asked.limit = limit;
  }
  const cursor = q.get('cursor');
  if (cursor !== undefined) {
    if (!/^\d{1,6}$/.test(cursor)) return undefined;
    query.offset = Number(cursor);
    asked.cursor = cursor;
  }
  return { query, asked };
}

function matches(g: ErrorGroupCounts, q: ListQuery): boolean {
  if (q.code !== undefined && g.code !== q.code) return false;
  if (q.route !== undefined && !g.routes.includes(q.route)) return false;
  if (q.since !== undefined && Date.parse(g.lastSeen) < q.since) return false;
  if (q.until !== undefined && Date.parse(g.firstSeen) > q.until) return false;
  return true;
}

export interface Triage {
  list(request: OpsRequest): Promise<OpsResponse>;
  lookup(request: OpsRequest, reference: string): Promise<OpsResponse>;
  auditLog(request: OpsRequest): Promise<OpsResponse>;
}

export function createTriage(options: TriageOptions): Triage {
  const { catalog, store, inspector } = options;
  const now = () => new Date(options.now()).toISOString();
  const format = (request: OpsRequest) => preferred(request, ['application/json', 'text/html'] as const);
  const invalid = (request: OpsRequest, traceId: string, extra: Partial<Answer> = {}): Answer => ({
    response: problem(request, 400, traceId),
    outcome: 'invalid',
    ...extra,
  });
  const unavailable = (request: OpsRequest, traceId: string, operation: string, error: unknown): Answer => {
    options.failed(operation, error);
    return { response: problem(request, 503, traceId), outcome: 'failed', reason: 'store' };
  };

  const groupView = (g: ErrorGroupCounts, withReference: boolean) => {
    const notes = notesFor(catalog, g.code);
    const severity = catalog.has(g.code) ? catalog.get(g.code).severity : 'medium';
    return {
      code: g.code,
      title: notes.title,
      status: g.status,
      severity,
      count: g.count,
      distinctRequests: g.distinctRequests,
      firstSeen: g.firstSeen,
      lastSeen: g.lastSeen,
      routes: [...g.routes],
      component: notes.component,
      action: notes.action,
      ...(notes.runbook ? { runbook: notes.runbook } : {}),
      ...(withReference ? { lastReference: g.lastReference } : {}),
    };
  };

  const eventView = (r: ErrorRecord) => {
    const notes = notesFor(catalog, r.code);
    return {
      reference: r.reference,
      code: r.code,
      title: notes.title,
      status: r.status,
      severity: r.severity,
      time: r.time,
      ...(r.route ? { route: r.route } : {}),
      component: notes.component,
      action: notes.action,
      ...(notes.runbook ? { runbook: notes.runbook } : {}),
      format: r.format,
      name: r.name,
      message: r.message,
      ...(r.stack ? { stack: r.stack } : {}),
      causes: r.causes,
      request: r.request,
    };
  };

  return {
    list(request) {
      const parsed = readListQuery(request);
      return inspector.inspect(
        request,
        'errors.list',
        'viewer',
        async ({ principal, traceId }) => {
          if (!parsed) return invalid(request, traceId);
          const { query, asked } = parsed;
          let all: readonly ErrorGroupCounts[];
          try {
            all = await store.groups();
          } catch (error) {
            return unavailable(request, traceId, 'groups', error);
          }
          const found = all.filter((g) => matches(g, query)).sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.code.localeCompare(b.code));
          const page = found.slice(query.offset, query.offset + query.limit);
          const next = query.offset + query.limit < found.length ? String(query.offset + query.limit) : undefined;
          const groups = page.map((g) => groupView(g, hasRole(principal, 'operator')));
          if (format(request) === 'text/html') {
            const nextHref = next === undefined ? undefined : `${options.errorsPath}?${new URLSearchParams({ ...asked, cursor: next })}`;
            const view = createElement(TriageTable, {
              title: 'Recent errors',
              groups: groups as TriageGroup[],
              generatedAt: now(),
              ...(nextHref ? { nextHref } : {}),
            });
            return { response: html(request, 200, renderView(view, 'Recent errors', options.theme, options.serviceName)), outcome: 'allowed', query: asked };
          }
          return {
            response: json(request, 200, { version: triageVersion, generatedAt: now(), groups, ...(next ? { next } : {}) }),
            outcome: 'allowed',
            query: asked,
          };
        },
        parsed ? { query: parsed.asked } : {},
      );
    },

    lookup(request, raw) {
      let reference: string | undefined;
      try {
        reference = decodeURIComponent(raw);
      } catch {
        reference = undefined;
      }
      const valid = reference !== undefined && referencePattern.test(reference) ? reference : undefined;
      return inspector.inspect(
        request,
        'errors.lookup',
        'operator',
        async ({ traceId }) => {
          if (!valid) return invalid(request, traceId);
          let record: ErrorRecord | undefined;
          try {
            record = await store.get(valid);
          } catch (error) {
            return unavailable(request, traceId, 'get', error);
          }
          if (!record) return { response: problem(request, 404, traceId), outcome: 'allowed', reason: 'not-found', reference: valid };
          const event = eventView(record);
          if (format(request) === 'text/html') {
            const diagnostics = {
              name: event.name,
              message: event.message,
              ...(event.stack ? { stack: event.stack } : {}),
              frames: [],
              causes: event.causes,
              request: event.request,
            };
            const view = createElement(TriageEvent, { ...event, diagnostics });
            return {
              response: html(request, 200, renderView(view, `${event.code} ${event.reference}`, options.theme, options.serviceName)),
              outcome: 'allowed',
              reference: valid,
            };
          }
          return { response: json(request, 200, { version: triageVersion, error: event }), outcome: 'allowed', reference: valid };
        },
        valid ? { reference: valid } : {},
      );
    },

    auditLog(request) {
      const url = parseUrl(request.url);
      const limitText = url.query.get('limit');
      const cursor = url.query.get('cursor');
      const limit = limitText === undefined ? defaultLimit : /^\d{1,3}$/.test(limitText) ? Number(limitText) : Number.NaN;
      const ok = url.queryLength <= maxQuery && limit >= 1 && limit <= maxLimit && (cursor === undefined || /^[\d-]{1,42}$/.test(cursor));
      const asked = ok ? { limit: String(limit), ...(cursor ? { cursor } : {}) } : undefined;
      return inspector.inspect(
        request,
        'audit.read',
        'auditor',
        async ({ traceId }) => {
          if (!ok) return invalid(request, traceId);
          try {
            const page = await store.audit({ limit, ...(cursor ? { cursor } : {}) });
            return {
              response: json(request, 200, { version: triageVersion, events: page.items, ...(page.next ? { next: page.next } : {}) }),
              outcome: 'allowed',
              ...(asked ? { query: asked } : {}),
            };
          } catch (error) {
            if (error instanceof RangeError) return invalid(request, traceId);
            return unavailable(request, traceId, 'audit-read', error);
          }
        },
        asked ? { query: asked } : {},
      );
    },
  };
}
