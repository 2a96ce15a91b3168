// One suite every triage store passes (memory-store.test.ts, redis-store.test.ts).
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../access/audit.js';
import type { ErrorRecord } from './record.js';
import type { ErrorStore } from './store.js';

export interface StoreUnderTest {
  readonly store: ErrorStore;
  cleanup(): Promise<void>;
}

let sequence = 0;
export function record(overrides: Partial<ErrorRecord> = {}): ErrorRecord {
  sequence++;
  return {
    reference: `${sequence.toString(16).padStart(8, '0')}4bf92f3577b34da6a3ce929d`,
    code: 'INTERNAL',
    status: 500,
    severity: 'medium',
    time: new Date(Date.UTC(2025, 2, 4, 9, 0, sequence % 60)).toISOString(),
    format: 'html',
    name: 'TypeError',
    message: 'Cannot read properties of undefined (reading “seats”) – ünïcode ✓',
    stack: 'TypeError: x\n    at plan (src/plan.ts:3:9)',
    causes: [{ name: 'Error', message: 'inner', code: 'E_INNER' }],
    request: { method: 'GET', path: '/orders/42', query: { q: 'x' }, headers: { accept: 'text/html' } },
    ...overrides,
  };
}

function audit(i: number): AuditEvent {
  return {
    type: 'audit',
    action: 'errors.lookup',
    outcome: i % 2 ? 'denied' : 'allowed',
    client: '127.0.0.1',
    time: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
    traceId: `trace-${i}`,
  };
}

export function storeConformance(name: string, make: (options: { maxEvents: number }) => Promise<StoreUnderTest>): void {
  describe(`${name} store (conformance)`, () => {
    const using = async (maxEvents: number, body: (store: ErrorStore) => Promise<void>) => {
      const { store, cleanup } = await make({ maxEvents });
      try {
        await body(store);
      } finally {
        await cleanup();
      }
    };

    it('finds a record by reference exactly as recorded, and nothing for an unknown one', () =>
      using(100, async (store) => {
        const r = record();
        await store.record(r);
        expect(await store.get(r.reference)).toEqual(r);
        expect(await store.get('0123456789abcdef0123456789abcdef')).toBeUndefined();
      }));

    it('groups by code: count, distinct references, first and last seen, status, last reference', () =>
      using(100, async (store) => {
        const a = record({ time: '2025-03-04T09:00:00.000Z' });
        const b = record({ time: '2025-03-04T09:05:00.000Z' });
        const n = record({ code: 'NOT_FOUND', status: 404, severity: 'low', time: '2025-03-04T09:01:00.000Z' });
        await store.record(a);
        await store.record(b);
        await store.record({ ...b, time: '2025-03-04T09:06:00.000Z' }); // the same request again (a retry with its traceparent)
        await store.record(n);
        const groups = Object.fromEntries((await store.groups()).map((g) => [g.code, g]));
        expect(groups.INTERNAL).toMatchObject({
          status: 500,
          count: 3,
          distinctRequests: 2,
          firstSeen: a.time,
          lastSeen: '2025-03-04T09:06:00.000Z',
          lastReference: b.reference,
        });
        expect(groups.NOT_FOUND).toMatchObject({ count: 1, distinctRequests: 1, lastReference: n.reference });
      }));

    it('keeps routes per code, from the record or added when the response finished, at most 20', () =>
      using(100, async (store) => {
        const r = record({ code: 'CONFLICT', status: 409 });
        await store.record(r, '/orders/42');
        await store.setRoute(r.reference, r.code, '/orders/:id');
        expect((await store.get(r.reference))?.route).toBe('/orders/:id');
        for (let i = 0; i < 30; i++) await store.record(record({ code: 'CONFLICT', status: 409 }), `/r/${i}`);
        const group = (await store.groups()).find((g) => g.code === 'CONFLICT');
        expect(group?.routes).toHaveLength(20);
        expect(group?.routes).toEqual(expect.arrayContaining(['/orders/42', '/orders/:id']));
      }));

    it('is bounded in count: the oldest go first', () =>
      using(5, async (store) => {
        const records = Array.from({ length: 8 }, () => record());
        for (const r of records) await store.record(r);
        const kept = await Promise.all(records.map((r) => store.get(r.reference)));
        expect(kept.map((r) => r !== undefined)).toEqual([false, false, false, true, true, true, true, true]);
        expect((await store.groups())[0]?.count).toBe(8);
      }));

    it('pages the audit log newest first with a cursor, and refuses a malformed cursor', () =>
      using(100, async (store) => {
        for (let i = 0; i < 5; i++) await store.appendAudit(audit(i));
        const first = await store.audit({ limit: 2 });
        expect(first.items.map((e) => e.traceId)).toEqual(['trace-4', 'trace-3']);
        expect(first.next).toEqual(expect.any(String));
        const second = await store.audit({ limit: 2, cursor: first.next as string });
        const third = await store.audit({ limit: 2, cursor: second.next as string });
        expect([...second.items, ...third.items].map((e) => e.traceId)).toEqual(['trace-2', 'trace-1', 'trace-0']);
        expect(third.next).toBeUndefined();
        expect(third.items[0]).toEqual(audit(0));
        await expect(store.audit({ limit: 2, cursor: 'DROP TABLE' })).rejects.toThrow(RangeError);
      }));
  });
}
