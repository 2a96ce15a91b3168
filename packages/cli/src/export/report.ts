// What `errata export` says about what it wrote: the manifest (JSON, every file) and the size
// report (every page against each proxy's limit).
import type { ExportFile, ExportPlan } from './build.js';
import { proxyFacts, proxyNames, type ProxyName } from './proxies.js';

export interface ExportSettings {
  readonly root: string;
  readonly theme: string;
  readonly locales: readonly string[];
  readonly intercept: readonly number[];
  readonly haproxyLimit: number;
}

const size = (file: ExportFile) => Buffer.byteLength(file.content);
/** Bytes as the file's proxy sends them. */
export const sentBytes = (file: ExportFile) => file.wire ?? size(file);
const n = (value: number) => value.toLocaleString('en');

export function manifest(plan: ExportPlan, settings: ExportSettings): Record<string, unknown> {
  const facts = proxyFacts(settings.haproxyLimit);
  return {
    generator: 'errata export',
    version: 1,
    root: settings.root,
    theme: settings.theme,
    locales: settings.locales,
    defaultLocale: settings.locales[0],
    intercept: settings.intercept,
    statuses: plan.statuses,
    contentSecurityPolicy: plan.csp,
    proxies: Object.fromEntries(
      proxyNames.map((proxy) => [
        proxy,
        { ...facts[proxy], config: plan.snippets.filter((s) => s.proxy === proxy).map((s) => ({ path: s.path, use: s.use })) },
      ]),
    ),
    skipped: plan.skipped.map((s) => ({ ...s, fix: `give ${s.missing.join(', ')} for ${s.code} with --values` })),
    files: plan.files.map((file) => ({
      path: file.path,
      kind: file.kind,
      ...(file.proxy ? { proxy: file.proxy } : {}),
      ...(file.status !== undefined ? { status: file.status } : {}),
      ...(file.code ? { code: file.code } : {}),
      ...(file.locale ? { locale: file.locale } : {}),
      ...(file.format ? { format: file.format } : {}),
      ...(file.contentType ? { contentType: file.contentType } : {}),
      bytes: size(file),
      ...(file.wire !== undefined ? { sentBytes: file.wire } : {}),
    })),
  };
}

/** The largest file each proxy sends, against its limit. */
export function largest(plan: ExportPlan): Partial<Record<ProxyName, ExportFile>> {
  const out: Partial<Record<ProxyName, ExportFile>> = {};
  for (const file of plan.files) {
    if (!file.proxy || file.kind === 'config' || file.kind === 'type-map') continue;
    const best = out[file.proxy];
    if (!best || sentBytes(file) > sentBytes(best)) out[file.proxy] = file;
  }
  return out;
}

export function sizeReport(plan: ExportPlan, settings: ExportSettings): string {
  const limit = settings.haproxyLimit;
  const verdict = (bytes: number) => (bytes <= limit ? 'ok' : 'OVER');
  const lines = [
    'Sizes of the `errata export` files against each proxy’s limits, in bytes as each proxy sends them',
    '(the request id filled in; for HAProxy the whole response: status line, headers and body).',
    '',
    `Limits: haproxy ${n(limit)} bytes per response (tune.bufsize - tune.maxrewrite). nginx, caddy and apache have no`,
    'fixed limit; traefik sends what errata serve-errors renders (no files).',
    '',
  ];
  const byKey = new Map<string, Partial<Record<ProxyName, ExportFile>>>();
  for (const file of plan.files) {
    if (file.kind !== 'status-page' && file.kind !== 'proxy-page' && file.kind !== 'haproxy-body') continue;
    const key = `${file.locale}/${file.status}.${file.format}`;
    const row = byKey.get(key) ?? {};
    row[file.proxy as ProxyName] = file;
    byKey.set(key, row);
  }
  const columns: ProxyName[] = ['nginx', 'caddy', 'apache', 'haproxy'];
  const header = [
    'page (locale/status.format)'.padEnd(30),
    ...columns.map((c) => (c === 'haproxy' ? `haproxy (of ${n(limit)})` : c).padStart(c === 'haproxy' ? 24 : 10)),
  ];
  lines.push(header.join(''));
  for (const [key, row] of byKey) {
    const cells = columns.map((proxy) => {
      const file = row[proxy];
      if (!file) return '-'.padStart(proxy === 'haproxy' ? 24 : 10);
      const bytes = sentBytes(file);
      return (proxy === 'haproxy' ? `${n(bytes)} ${verdict(bytes)}` : n(bytes)).padStart(proxy === 'haproxy' ? 24 : 10);
    });
    lines.push(key.padEnd(30) + cells.join(''));
  }
  lines.push('', `HAProxy errorfiles (whole responses, errorfiles errata), of ${n(limit)}:`);
  for (const file of plan.files.filter((f) => f.kind === 'haproxy-errorfile'))
    lines.push(`${file.path.padEnd(40)}${n(size(file)).padStart(10)} ${verdict(size(file))}`);
  lines.push('', 'Code pages (codes/, for wiring by hand; no proxy serves them as exported):');
  for (const file of plan.files.filter((f) => f.kind === 'code-page')) lines.push(`${file.path.padEnd(40)}${n(size(file)).padStart(10)}`);
  const top = largest(plan);
  lines.push('', 'Largest per proxy:');
  for (const proxy of columns) {
    const file = top[proxy];
    if (file) lines.push(`  ${proxy.padEnd(8)} ${n(sentBytes(file)).padStart(7)} bytes  ${file.path}${proxy === 'haproxy' ? ` (limit ${n(limit)})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
