// Where each exported file goes, relative to the export directory. One place, so the snippets,
// the manifest and the tests agree on it.
import type { Format } from '@errata/server';
import { extensions } from './negotiation.js';

/** Status pages without a reference: Apache, CDNs, anything that serves files as they are. */
export const statusPage = (locale: string, status: number, format: Format) => `pages/${locale}/${status}.${extensions[format]}`;
/** Apache type map over one status's pages (mod_negotiation picks format and language). */
export const typeMap = (status: number) => `pages/${status}.var`;
/** One page per catalog code, without a reference. */
export const codePage = (locale: string, code: string, format: Format) => `codes/${locale}/${code.toLowerCase().replace(/_/g, '-')}.${extensions[format]}`;
/** Status pages whose reference is a marker the proxy replaces with its request id. */
export const proxyPage = (proxy: 'nginx' | 'caddy', locale: string, status: number, format: Format) => `${proxy}/${locale}/${status}.${extensions[format]}`;
/** HAProxy log-format bodies (`lf-file`): `%[unique-id]` as the reference, every other `%` doubled. */
export const haproxyBody = (locale: string, status: number, format: Format) => `haproxy/${locale}/${status}.${extensions[format]}.lf`;
/** HAProxy `errorfile`s: whole HTTP responses, default locale, HTML, no reference. */
export const haproxyErrorfile = (status: number) => `haproxy/errorfiles/${status}.http`;
export const configFile = (proxy: string, name: string) => `config/${proxy}/${name}`;
export const manifestFile = 'manifest.json';
export const sizeReportFile = 'sizes.txt';
