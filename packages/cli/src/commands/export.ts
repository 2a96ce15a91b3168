// `errata export`: every page of the catalog as files a proxy serves when the service is down,
// with config snippets for nginx, HAProxy, Caddy, Apache and Traefik, a manifest and a size report.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createStaticPages, type StaticPages } from '@errata/server';
import { catalogFileHelp } from '../catalog-file.js';
import { defineCommand, list, UsageError } from '../command.js';
import { buildExport, type Values } from '../export/build.js';
import { manifestFile, sizeReportFile } from '../export/layout.js';
import { haproxyDefaultLimit } from '../export/proxies.js';
import { largest, manifest, sentBytes, sizeReport } from '../export/report.js';
import { writeExport } from '../export/write.js';
import { optionsMistake, pageOptionSpec, pageOptions, pageOptionsHelp } from '../page-options.js';
import type { Catalog } from '@errata/catalog';

const defaultIntercept = [500, 502, 503, 504];
const defaultErrorBackend = 'http://127.0.0.1:8080';

const help = `Usage: errata export --out <dir> [catalogFile] [options]

Writes every error page of the catalog, in every locale, as HTML, problem+json and plain text, for a
proxy to serve when the service behind it is down; config snippets for nginx, HAProxy, Caddy,
Apache and Traefik (config/); manifest.json (every file with its status, locale, format and size)
and sizes.txt (every page against each proxy's limit). Exit status: 0 written; 1 a file over a
limit, a refused catalog or brand, or a page with a value missing (nothing is written); 2 a usage
mistake.

Options:
  --out <dir>              where to write (required); files of a previous export there are replaced
  --root <path>            where the files will be on the proxy's host, for the snippets
                           (default: the absolute path of --out)
  --intercept s[,s]        upstream error statuses the proxies replace (default: ${defaultIntercept.join(',')})
  --code-for status=CODE   the code a status's page shows (repeat), e.g. 503=MAINTENANCE with
                           --values; by default the status's first entry whose copy needs no value
  --values <file.json>     ICU values per code: { "MAINTENANCE": { "availableAt": "2030-01-01T06:00:00Z" } }
  --error-backend <url>    where errata serve-errors listens, for the Traefik and nginx error-backend
                           snippets (default: ${defaultErrorBackend})
  --haproxy-limit <bytes>  the largest response HAProxy sends (default: ${haproxyDefaultLimit}, tune.bufsize
                           16384 - tune.maxrewrite 1024)
  -h, --help               show this help

${pageOptionsHelp}

${catalogFileHelp}`;

function statusList(values: readonly string[] | undefined, fallback: readonly number[]): number[] {
  const items = list(values);
  if (!items) return [...fallback];
  return items.map((item) => {
    const status = Number(item);
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new UsageError(`--intercept takes error statuses (400-599), not "${item}".`);
    return status;
  });
}

function codeFor(pairs: readonly string[] | undefined, catalog: Catalog): Map<number, string> {
  const out = new Map<number, string>();
  for (const pair of pairs ?? []) {
    const match = /^(\d{3})=([A-Z][A-Z0-9_]*)$/.exec(pair);
    const status = Number(match?.[1]);
    if (!match || status < 400 || status > 599) throw new UsageError(`--code-for takes status=CODE, e.g. 503=MAINTENANCE (got "${pair}").`);
    const code = match[2] as string;
    if (!catalog.has(code) || catalog.get(code).kind !== 'error') throw new UsageError(`--code-for ${pair}: ${code} is not an error code of the catalog.`);
    out.set(status, code);
  }
  return out;
}

/** `--values`: per code, each value coerced to the type the entry declares (dates from ISO strings). */
async function readValues(file: string | undefined, catalog: Catalog): Promise<Record<string, Values>> {
  if (file === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(resolve(file), 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read --values ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new UsageError(`--values ${file} must hold an object of codes: { "CODE": { "name": value } }.`);
  const out: Record<string, Values> = {};
  for (const [code, given] of Object.entries(raw as Record<string, unknown>)) {
    if (!catalog.has(code)) throw new UsageError(`--values ${file}: ${code} is not a code of the catalog.`);
    if (!given || typeof given !== 'object') throw new UsageError(`--values ${file}: ${code} must map names to values.`);
    const args = catalog.get(code).args;
    const values: Record<string, string | number | Date> = {};
    for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
      const type = args[name];
      if (type === undefined) throw new UsageError(`--values ${file}: ${code} has no placeholder ${name} (it has: ${Object.keys(args).join(', ') || 'none'}).`);
      if ((type === 'date' || type === 'time') && typeof value === 'string' && !Number.isNaN(Date.parse(value))) values[name] = new Date(value);
      else if (type === 'number' && typeof value === 'number') values[name] = value;
      else if (type === 'string' && typeof value === 'string') values[name] = value;
      else throw new UsageError(`--values ${file}: ${code}.${name} must be ${type === 'date' || type === 'time' ? 'an ISO date string' : `a ${type}`}.`);
    }
    out[code] = values;
  }
  return out;
}

export const command = defineCommand({
  help,
  maxPositionals: 1,
  options: {
    out: { type: 'string' },
    root: { type: 'string' },
    intercept: { type: 'string', multiple: true },
    'code-for': { type: 'string', multiple: true },
    values: { type: 'string' },
    'error-backend': { type: 'string' },
    'haproxy-limit': { type: 'string' },
    ...pageOptionSpec,
  },
  async run(values, positionals) {
    if (!values.out) throw new UsageError('export needs --out <dir>.');
    const haproxyLimit = values['haproxy-limit'] === undefined ? haproxyDefaultLimit : Number(values['haproxy-limit']);
    if (!Number.isInteger(haproxyLimit) || haproxyLimit < 1024) throw new UsageError('--haproxy-limit takes a whole number of bytes (1024 or more).');
    let errorBackend: URL;
    try {
      errorBackend = new URL(values['error-backend'] ?? defaultErrorBackend);
      if (errorBackend.protocol !== 'http:' && errorBackend.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      throw new UsageError(`--error-backend takes an http(s) URL, e.g. ${defaultErrorBackend}.`);
    }
    const root = (values.root ?? resolve(values.out)).replace(/\/+$/, '');
    if (!root.startsWith('/') || /[\s"'{}$;\\]/.test(root)) throw new UsageError('--root takes an absolute path without spaces, quotes, braces, $, ; or \\.');

    const page = await pageOptions(values, positionals[0]);
    if (!page.ok) {
      process.stderr.write(`${page.problems}\n`);
      return 1;
    }
    let pages: StaticPages;
    try {
      pages = createStaticPages(page.options);
    } catch (error) {
      throw optionsMistake(error) ?? error;
    }
    const intercept = statusList(values.intercept, defaultIntercept);
    const plan = buildExport({
      pages,
      catalog: page.catalog,
      root,
      intercept,
      codeFor: codeFor(values['code-for'], page.catalog),
      values: await readValues(values.values, page.catalog),
      errorBackend,
      haproxyLimit,
    });
    if (plan.problems.length > 0) {
      process.stderr.write(`errata export: nothing written.\n${plan.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    const settings = { root, theme: page.options.theme ?? 'auto', locales: pages.locales, intercept, haproxyLimit };
    await writeExport(values.out, [
      ...plan.files,
      { path: manifestFile, content: `${JSON.stringify(manifest(plan, settings), null, 2)}\n` },
      { path: sizeReportFile, content: sizeReport(plan, settings) },
    ]);

    const out = [`Wrote ${plan.files.length + 2} files to ${values.out} (${pages.locales.length} locales, ${plan.statuses.length} statuses, 3 formats).`];
    for (const s of plan.statuses.filter((s) => s.note)) out.push(`  ${s.status} shows ${s.code}: ${s.note}.`);
    if (plan.skipped.length > 0) {
      out.push(`No code page for: ${plan.skipped.map((s) => `${s.code} (needs ${s.missing.join(', ')})`).join('; ')}. Give values with --values.`);
    }
    const top = largest(plan);
    if (top.haproxy)
      out.push(
        `HAProxy: the largest response is ${sentBytes(top.haproxy).toLocaleString('en')} of ${haproxyLimit.toLocaleString('en')} bytes (${top.haproxy.path}); see ${sizeReportFile}.`,
      );
    out.push('Wire them in:');
    for (const snippet of plan.snippets) out.push(`  ${snippet.proxy.padEnd(8)} ${snippet.path}: ${snippet.use}`);
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
});
