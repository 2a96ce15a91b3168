import { describe, expect, it } from 'vitest';
import { parseTraceparent, resolveTraceId } from '../../packages/server/src/safety/trace.js';
import { traceparentCases } from '../corpora/corpora.js';

const label = (value: string): string => JSON.stringify(value.length > 70 ? `${value.slice(0, 67)}...` : value);

describe('W3C traceparent vectors', () => {
  it.each(traceparentCases.map((entry) => [label(entry.value), entry] as const))('%s', (_label, { value, expected }) => {
    expect(parseTraceparent(value)).toEqual(expected ?? undefined);
  });

  it.each(traceparentCases.map((entry) => [label(entry.value), entry] as const))(
    'resolveTraceId(%s) uses it or replaces it, never echoes it',
    (_label, { value, expected }) => {
      const id = resolveTraceId({ traceparent: value });
      if (expected !== null) {
        expect(id).toBe(expected.traceId);
      } else {
        expect(id).toMatch(/^[0-9a-f]{32}$/);
        expect(value).not.toContain(id);
      }
    },
  );
});
