import { describe, expect, it } from 'vitest';
import { limits, type ErrorInfo } from '../../packages/server/src/safety/error-info.js';
import { normalise } from '../../packages/server/src/safety/normalise.js';
import { throwables, type Throwable } from '../corpora/throwables.js';

function expectSane(info: ErrorInfo, depth = 0): void {
  expect(typeof info.kind).toBe('string');
  expect(typeof info.name).toBe('string');
  expect(info.name.length).toBeLessThanOrEqual(limits.name);
  expect(typeof info.message).toBe('string');
  expect(info.message.length).toBeLessThanOrEqual(limits.message);
  if (info.stack !== undefined) expect(info.stack.length).toBeLessThanOrEqual(limits.stack);
  if (info.code !== undefined) expect(info.code).toMatch(/^[A-Za-z0-9_.:-]{1,64}$/);
  if (info.status !== undefined) expect(Number.isInteger(info.status) && info.status >= 400 && info.status <= 599).toBe(true);
  if (info.expose !== undefined) expect(info.expose).toBe(true);
  for (const [key, value] of Object.entries(info.headers)) {
    expect(['Retry-After', 'WWW-Authenticate', 'Allow']).toContain(key);
    expect(value).toMatch(/^[\x20-\x7e]+$/);
  }
  expect(info.causes.length).toBeLessThanOrEqual(depth === 0 ? limits.causes : 0);
  for (const cause of info.causes) expectSane(cause, depth + 1);
  // Plain data: serialisable, and nothing user-defined survives a structured clone.
  expect(() => JSON.stringify(info)).not.toThrow();
  expect(structuredClone(info)).toEqual(info);
}

function expectMatches(info: ErrorInfo, entry: Throwable): void {
  const { causes, ...fields } = entry.expect;
  expect(info).toMatchObject(fields);
  if (causes !== undefined) expect(info.causes.length).toBeGreaterThanOrEqual(causes);
  if (entry.expect.status === undefined) expect(info.status).toBeUndefined();
}

describe('normalise on the hostile throwables corpus', () => {
  it('has unique names', () => {
    expect(new Set(throwables.map((entry) => entry.name)).size).toBe(throwables.length);
  });

  describe.each(throwables.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    it('gives sane, expected info when thrown synchronously', () => {
      const value = entry.make();
      let caught: unknown;
      try {
        throw value;
      } catch (error) {
        caught = error;
      }
      const info = normalise(caught);
      expectSane(info);
      expectMatches(info, entry);
    });

    it('gives the same when the value is an async rejection', async () => {
      const handler = async (): Promise<never> => {
        throw entry.make();
      };
      const fromAsync = await handler().then(() => undefined, normalise);
      const fromReject = await Promise.reject(entry.make()).then(() => undefined, normalise);
      for (const info of [fromAsync, fromReject]) {
        expect(info).toBeDefined();
        expectSane(info as ErrorInfo);
        expectMatches(info as ErrorInfo, entry);
      }
    });

    it('is quick', () => {
      // Best of five fresh values: the first read of an error's stack formats it once.
      let fastest = Infinity;
      for (let round = 0; round < 5; round += 1) {
        const value = entry.make();
        const started = performance.now();
        normalise(value);
        fastest = Math.min(fastest, performance.now() - started);
      }
      expect(fastest).toBeLessThan(entry.large === true ? 50 : 3);
    });
  });
});
