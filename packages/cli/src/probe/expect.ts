// What `errata probe` expects of a service, with the defaults documented in the CLI README. A
// `--expect <file>` (JSON) overrides any part; each field is checked so a typo is a usage error,
// never a silently ignored expectation.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../command.js';

export interface Endpoint {
  /** A name for the report, e.g. `liveness`. */
  readonly name: string;
  readonly path: string;
  /** Statuses that mean the endpoint works. */
  readonly status: readonly number[];
  /** Absent (404) is a failure only when required; the health and triage endpoints are optional by default. */
  readonly required: boolean;
}

export interface Expectations {
  /** Per request, in milliseconds. */
  readonly timeoutMs: number;
  readonly unknownPath: {
    /** A path nothing serves; by default `/errata-probe-<random>` per run. */
    readonly path?: string;
    /** A missing page's status, or that of a proxy whose service is down. */
    readonly status: readonly number[];
    /** The content type (without parameters) each client must get. */
    readonly contentTypes: { readonly browser: readonly string[]; readonly api: readonly string[]; readonly curl: readonly string[] };
  };
  readonly health: readonly Endpoint[];
  readonly triage: readonly Endpoint[];
}

export const defaultExpectations: Expectations = {
  timeoutMs: 5000,
  unknownPath: {
    status: [404, 502, 503, 504],
    contentTypes: { browser: ['text/html'], api: ['application/problem+json'], curl: ['text/plain'] },
  },
  health: [
    { name: 'liveness', path: '/livez', status: [200], required: false },
    { name: 'readiness', path: '/readyz', status: [200, 503], required: false },
  ],
  triage: [{ name: 'triage', path: '/_errata/errors', status: [401], required: false }],
};

type Json = Record<string, unknown>;

function fail(file: string, field: string, want: string): never {
  throw new UsageError(`--expect ${file}: ${field} must be ${want}.`);
}

function known(file: string, where: string, value: Json, keys: readonly string[]): void {
  for (const key of Object.keys(value)) if (!keys.includes(key)) fail(file, `${where}${key}`, `one of ${keys.join(', ')} (unknown field)`);
}

function statuses(file: string, field: string, value: unknown): number[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((s) => Number.isInteger(s) && s >= 100 && s <= 599))
    fail(file, field, 'a non-empty array of HTTP statuses');
  return value as number[];
}

function path(file: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !/^\/[^\s]*$/.test(value)) fail(file, field, 'a path starting with /');
  return value;
}

function endpoints(file: string, field: string, value: unknown, defaults: readonly Endpoint[]): Endpoint[] {
  if (value === undefined) return [...defaults];
  if (!Array.isArray(value)) fail(file, field, 'an array of { name, path, status, required }');
  return value.map((item: unknown, i) => {
    if (!item || typeof item !== 'object') fail(file, `${field}[${i}]`, 'an object');
    const e = item as Json;
    known(file, `${field}[${i}].`, e, ['name', 'path', 'status', 'required']);
    if (typeof e.name !== 'string' || e.name === '') fail(file, `${field}[${i}].name`, 'a name');
    if (e.required !== undefined && typeof e.required !== 'boolean') fail(file, `${field}[${i}].required`, 'true or false');
    return {
      name: e.name,
      path: path(file, `${field}[${i}].path`, e.path),
      status: statuses(file, `${field}[${i}].status`, e.status),
      required: e.required === true,
    };
  });
}

function types(file: string, field: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0 || !value.every((t) => typeof t === 'string' && /^[\w.+-]+\/[\w.+-]+$/.test(t)))
    fail(file, field, 'a non-empty array of media types');
  return value as string[];
}

/** The defaults with a file's overrides: `unknownPath` merges field by field; `health` and `triage` replace the lists. */
export async function loadExpectations(file: string | undefined): Promise<Expectations> {
  if (file === undefined) return defaultExpectations;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(file), 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read --expect ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(file, 'the file', 'a JSON object');
  const given = raw as Json;
  known(file, '', given, ['timeoutMs', 'unknownPath', 'health', 'triage']);
  const d = defaultExpectations;
  let timeoutMs = d.timeoutMs;
  if (given.timeoutMs !== undefined) {
    if (!Number.isInteger(given.timeoutMs) || (given.timeoutMs as number) < 100 || (given.timeoutMs as number) > 120_000)
      fail(file, 'timeoutMs', 'a whole number of milliseconds, 100 to 120000');
    timeoutMs = given.timeoutMs as number;
  }
  let unknownPath = d.unknownPath;
  if (given.unknownPath !== undefined) {
    if (!given.unknownPath || typeof given.unknownPath !== 'object') fail(file, 'unknownPath', 'an object');
    const u = given.unknownPath as Json;
    known(file, 'unknownPath.', u, ['path', 'status', 'contentTypes']);
    const ct = (u.contentTypes ?? {}) as Json;
    if (typeof ct !== 'object') fail(file, 'unknownPath.contentTypes', 'an object');
    known(file, 'unknownPath.contentTypes.', ct, ['browser', 'api', 'curl']);
    unknownPath = {
      ...(u.path !== undefined ? { path: path(file, 'unknownPath.path', u.path) } : {}),
      status: u.status === undefined ? d.unknownPath.status : statuses(file, 'unknownPath.status', u.status),
      contentTypes: {
        browser: types(file, 'unknownPath.contentTypes.browser', ct.browser, d.unknownPath.contentTypes.browser),
        api: types(file, 'unknownPath.contentTypes.api', ct.api, d.unknownPath.contentTypes.api),
        curl: types(file, 'unknownPath.contentTypes.curl', ct.curl, d.unknownPath.contentTypes.curl),
      },
    };
  }
  return {
    timeoutMs,
    unknownPath,
    health: endpoints(file, 'health', given.health, d.health),
    triage: endpoints(file, 'triage', given.triage, d.triage),
  };
}
