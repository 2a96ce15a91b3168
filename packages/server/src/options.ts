import { resolve } from 'node:path';
import { builtinCatalog, CatalogError, tones, type Catalog, type Tone } from '@errata/catalog';
import { CatalogFileError, loadCatalogFile } from '@errata/catalog/file';
import { safeHref } from '@errata/react';
import { themeNames, type Brand, type ThemeName } from '@errata/tokens';
import { configurableLinks, type ErrataObserver, type ErrataOptions, type LinkName, type Mode, type RequestLike } from './types.js';

/** A bad option, found at start-up. `option` names it, e.g. 'links.home'. */
export class ErrataOptionsError extends Error {
  readonly option: string;
  constructor(option: string, problem: string) {
    super(`createErrata: option "${option}" ${problem}`);
    this.name = 'ErrataOptionsError';
    this.option = option;
  }
}

export interface ResolvedOptions {
  catalog: Catalog;
  brand?: Brand | undefined;
  theme: ThemeName;
  defaultTone: Tone;
  locales: readonly string[];
  defaultLocale: string;
  mode: Mode;
  links: Partial<Record<LinkName, string>>;
  /** Query parameter that carries the reference on support links; undefined: none. */
  supportReferenceParam?: string | undefined;
  referenceBaseUrl?: string | undefined;
  serviceName?: string | undefined;
  classify?: ErrataOptions['classify'];
  onError?: ErrataOptions['onError'];
  observers: readonly ErrataObserver[];
  redact: { keys: readonly string[]; patterns: readonly RegExp[] };
  authorize?: ((request: RequestLike) => unknown) | undefined;
  nonce?: ErrataOptions['nonce'];
  wwwAuthenticate: string;
}

const known = new Set([
  'catalog',
  'brand',
  'theme',
  'defaultTone',
  'locales',
  'mode',
  'links',
  'supportReferenceParam',
  'referenceBaseUrl',
  'serviceName',
  'classify',
  'onError',
  'observers',
  'redact',
  'diagnostics',
  'nonce',
  'wwwAuthenticate',
]);

const show = (v: unknown): string => {
  try {
    return typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : typeof v === 'function' ? 'a function' : Array.isArray(v) ? 'an array' : String(v);
  } catch {
    return typeof v;
  }
};

function fn<T>(name: string, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new ErrataOptionsError(name, `must be a function, got ${show(value)}`);
  return value as T;
}

/** A catalog file (JSON or YAML), read at start-up: a file that cannot be used fails here, saying why. */
function catalogFile(file: string | URL): Catalog {
  try {
    return loadCatalogFile(typeof file === 'string' ? resolve(file) : file);
  } catch (error) {
    if (error instanceof CatalogError || error instanceof CatalogFileError) throw new ErrataOptionsError('catalog', `could not be loaded: ${error.message}`);
    throw error;
  }
}

/** Check every option once, at start-up, and fill in defaults. */
export function resolveOptions(input: ErrataOptions = {}, env: Record<string, string | undefined> = process.env): ResolvedOptions {
  if (input === null || typeof input !== 'object') throw new ErrataOptionsError('options', `must be an object, got ${show(input)}`);
  for (const key of Object.keys(input)) {
    if (!known.has(key)) throw new ErrataOptionsError(key, `is not a known option (known: ${[...known].join(', ')})`);
  }

  const catalog =
    input.catalog === undefined
      ? builtinCatalog
      : typeof input.catalog === 'string' || input.catalog instanceof URL
        ? catalogFile(input.catalog)
        : input.catalog;
  if (!catalog || typeof catalog.get !== 'function' || typeof catalog.has !== 'function' || !Array.isArray(catalog.locales)) {
    throw new ErrataOptionsError('catalog', 'must be a Catalog made by defineCatalog() from @errata/catalog, or the path of a .json or .yaml catalog file');
  }
  for (const required of ['INTERNAL', 'NOT_FOUND']) {
    if (!catalog.has(required))
      throw new ErrataOptionsError('catalog', `must contain ${required} (extend builtinCatalog with defineCatalog(entries, { extends: builtinCatalog }))`);
  }

  const theme = input.theme ?? 'auto';
  if (!themeNames.includes(theme)) throw new ErrataOptionsError('theme', `must be one of ${themeNames.join(', ')}, got ${show(theme)}`);

  const defaultTone = input.defaultTone ?? 'neutral';
  if (!tones.includes(defaultTone)) throw new ErrataOptionsError('defaultTone', `must be one of ${tones.join(', ')}, got ${show(defaultTone)}`);

  let locales: readonly string[] = catalog.locales;
  if (input.locales !== undefined) {
    if (!Array.isArray(input.locales) || input.locales.length === 0) throw new ErrataOptionsError('locales', 'must be a non-empty array of locale tags');
    for (const locale of input.locales) {
      if (typeof locale !== 'string' || !catalog.locales.includes(locale)) {
        throw new ErrataOptionsError('locales', `contains ${show(locale)}, which the catalog does not have (it has: ${catalog.locales.join(', ')})`);
      }
    }
    locales = [...input.locales];
  }
  const defaultLocale = locales.includes(catalog.sourceLocale) ? catalog.sourceLocale : (locales[0] as string);

  let mode: Mode;
  if (input.mode === undefined) mode = env.NODE_ENV === 'development' ? 'development' : 'production';
  else if (input.mode === 'production' || input.mode === 'development') mode = input.mode;
  else throw new ErrataOptionsError('mode', `must be 'production' or 'development', got ${show(input.mode)}`);

  const links: Partial<Record<LinkName, string>> = {};
  if (input.links !== undefined) {
    if (!input.links || typeof input.links !== 'object') throw new ErrataOptionsError('links', 'must be an object');
    for (const [name, href] of Object.entries(input.links)) {
      if (!(configurableLinks as readonly string[]).includes(name))
        throw new ErrataOptionsError(`links.${name}`, `is not a known link (known: ${configurableLinks.join(', ')})`);
      if (href === undefined) continue;
      const safe = safeHref(href, { allowRelative: true });
      if (!safe) throw new ErrataOptionsError(`links.${name}`, `must be an http(s) URL or a same-origin path, got ${show(href)}`);
      links[name as LinkName] = safe;
    }
  }

  const param = input.supportReferenceParam ?? 'ref';
  if (param !== false && (typeof param !== 'string' || !/^[A-Za-z][\w.-]{0,39}$/.test(param))) {
    throw new ErrataOptionsError('supportReferenceParam', `must be a query parameter name (letters, digits, _ . -) or false, got ${show(param)}`);
  }
  const supportReferenceParam = param === false ? undefined : param;

  let referenceBaseUrl: string | undefined;
  if (input.referenceBaseUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(String(input.referenceBaseUrl));
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new ErrataOptionsError('referenceBaseUrl', `must be an absolute http(s) URL, got ${show(input.referenceBaseUrl)}`);
    }
    referenceBaseUrl = url.href.endsWith('/') || url.href.endsWith('#') ? url.href : `${url.href}/`;
  }

  if (input.serviceName !== undefined && (typeof input.serviceName !== 'string' || input.serviceName.length === 0 || input.serviceName.length > 100)) {
    throw new ErrataOptionsError('serviceName', 'must be a string of 1 to 100 characters');
  }

  const brand = input.brand;
  if (brand !== undefined && (!brand || typeof brand.className !== 'string' || typeof brand.css !== 'string' || typeof brand.name !== 'string')) {
    throw new ErrataOptionsError('brand', 'must be a Brand made by defineBrand() from @errata/tokens');
  }

  const redact = { keys: [] as string[], patterns: [] as RegExp[] };
  if (input.redact !== undefined) {
    if (!input.redact || typeof input.redact !== 'object') throw new ErrataOptionsError('redact', 'must be an object { keys?, patterns? }');
    for (const key of input.redact.keys ?? []) {
      if (typeof key !== 'string' || key === '') throw new ErrataOptionsError('redact.keys', `must hold non-empty strings, got ${show(key)}`);
      redact.keys.push(key);
    }
    for (const pattern of input.redact.patterns ?? []) {
      if (!(pattern instanceof RegExp)) throw new ErrataOptionsError('redact.patterns', `must hold RegExp values, got ${show(pattern)}`);
      redact.patterns.push(pattern);
    }
  }

  if (input.diagnostics !== undefined && (!input.diagnostics || typeof input.diagnostics !== 'object')) {
    throw new ErrataOptionsError('diagnostics', 'must be an object { authorize? }');
  }
  const authorize = fn<(request: RequestLike) => unknown>('diagnostics.authorize', input.diagnostics?.authorize);

  if (input.nonce !== undefined && typeof input.nonce !== 'boolean' && typeof input.nonce !== 'function') {
    throw new ErrataOptionsError('nonce', `must be true, false or a function returning a nonce, got ${show(input.nonce)}`);
  }

  const observers: ErrataObserver[] = [];
  if (input.observers !== undefined) {
    if (!Array.isArray(input.observers)) throw new ErrataOptionsError('observers', `must be an array of functions, got ${show(input.observers)}`);
    for (const [i, observer] of input.observers.entries()) {
      if (typeof observer !== 'function') throw new ErrataOptionsError(`observers[${i}]`, `must be a function, got ${show(observer)}`);
      observers.push(observer);
    }
  }

  const wwwAuthenticate = input.wwwAuthenticate ?? 'Bearer';
  if (typeof wwwAuthenticate !== 'string' || !/^[\x20-\x7e]{1,500}$/.test(wwwAuthenticate)) {
    throw new ErrataOptionsError('wwwAuthenticate', 'must be a printable ASCII header value');
  }

  return {
    catalog,
    brand,
    theme,
    defaultTone,
    locales,
    defaultLocale,
    mode,
    links,
    supportReferenceParam,
    referenceBaseUrl,
    serviceName: input.serviceName,
    classify: fn('classify', input.classify),
    onError: fn('onError', input.onError),
    observers,
    redact,
    authorize,
    nonce: input.nonce,
    wwwAuthenticate,
  };
}
