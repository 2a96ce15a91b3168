import type { AuditEvent } from '../access/audit.js';
import { type ErrorGroupCounts, type ErrorRecord, maxRoutes } from './record.js';
import type { ErrorStore, Page } from './store.js';

export interface MemoryStoreOptions {
  /** Most recent errors kept by reference; the oldest go first. Default 1000. */
  readonly maxEvents?: number;
  /** ... and at most this many bytes of them (JSON). Default 4 MiB. */
  readonly maxBytes?: number;
  /** Audit events kept. Default 1000. */
  readonly maxAudit?: number;
}

interface Group {
  status: number;
  count: number;
  firstSeen: string;
  lastSeen: string;
  routes: Set<string>;
  references: Set<string>;
  /** References not remembered once `references` is full: counted as distinct (an over-estimate). */
  overflow: number;
  lastReference: string;
}

/** Distinct references remembered per code, exactly; past it the count is an estimate. */
const maxDistinct = 10_000;

/** The default store: this process's memory, bounded in count and bytes. Nothing to run; lost on restart. */
export function memoryErrorStore(options: MemoryStoreOptions = {}): ErrorStore {
  const maxEvents = options.maxEvents ?? 1000;
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  const maxAudit = options.maxAudit ?? 1000;
  const events = new Map<string, { record: ErrorRecord; bytes: number }>();
  let bytes = 0;
  const groups = new Map<string, Group>();
  const audit: { seq: number; event: AuditEvent }[] = [];
  let seq = 0;

  const addRoute = (group: Group, route: string) => {
    if (route && group.routes.size < maxRoutes) group.routes.add(route);
  };

  return {
    kind: 'memory',
    async record(record, groupRoute) {
      const size = JSON.stringify(record).length;
      const previous = events.get(record.reference);
      if (previous) {
        events.delete(record.reference);
        bytes -= previous.bytes;
      }
      events.set(record.reference, { record, bytes: size });
      bytes += size;
      for (const [reference, held] of events) {
        if (events.size <= maxEvents && bytes <= maxBytes) break;
        events.delete(reference);
        bytes -= held.bytes;
      }
      let group = groups.get(record.code);
      if (!group) {
        group = {
          status: record.status,
          count: 0,
          firstSeen: record.time,
          lastSeen: record.time,
          routes: new Set(),
          references: new Set(),
          overflow: 0,
          lastReference: record.reference,
        };
        groups.set(record.code, group);
      }
      group.count++;
      group.status = record.status;
      group.lastSeen = record.time;
      group.lastReference = record.reference;
      if (group.references.size < maxDistinct) group.references.add(record.reference);
      else if (!group.references.has(record.reference)) group.overflow++;
      if (groupRoute) addRoute(group, groupRoute);
    },
    async setRoute(reference, code, route) {
      const held = events.get(reference);
      if (held) held.record = { ...held.record, route };
      const group = groups.get(code);
      if (group) addRoute(group, route);
    },
    async get(reference) {
      return events.get(reference)?.record;
    },
    async groups() {
      return [...groups].map(
        ([code, g]): ErrorGroupCounts => ({
          code,
          status: g.status,
          count: g.count,
          distinctRequests: g.references.size + g.overflow,
          firstSeen: g.firstSeen,
          lastSeen: g.lastSeen,
          routes: [...g.routes],
          lastReference: g.lastReference,
        }),
      );
    },
    async appendAudit(event) {
      audit.push({ seq: ++seq, event });
      if (audit.length > maxAudit) audit.splice(0, audit.length - maxAudit);
    },
    async audit({ limit, cursor }): Promise<Page<AuditEvent>> {
      let before = Number.POSITIVE_INFINITY;
      if (cursor !== undefined) {
        if (!/^\d{1,15}$/.test(cursor)) throw new RangeError('bad cursor');
        before = Number(cursor);
      }
      const items: { seq: number; event: AuditEvent }[] = [];
      for (let i = audit.length - 1; i >= 0 && items.length <= limit; i--) {
        const entry = audit[i] as { seq: number; event: AuditEvent };
        if (entry.seq < before) items.push(entry);
      }
      const page = items.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map((e) => e.event), ...(items.length > limit && last ? { next: String(last.seq) } : {}) };
    },
    async close() {
      events.clear();
      groups.clear();
      audit.length = 0;
    },
  };
}
