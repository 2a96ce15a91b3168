// The flags that decide what an error page looks like, shared by the commands that render pages
// (`errata export`, `errata serve-errors`): catalog file, brand, theme, locales, tone, links.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tones, type Catalog, type Tone } from '@errata/catalog';
import { ErrataOptionsError, type ErrataOptions, type LinkName } from '@errata/server';
import { BrandError, defineBrand, themeNames, type Brand, type BrandInput, type ThemeName } from '@errata/tokens';
import { loadCatalog } from './catalog-file.js';
import { list, UsageError } from './command.js';

export const pageOptionSpec = {
  brand: { type: 'string' },
  theme: { type: 'string' },
  locales: { type: 'string', multiple: true },
  tone: { type: 'string' },
  link: { type: 'string', multiple: true },
  'service-name': { type: 'string' },
  'reference-base-url': { type: 'string' },
} as const;

export const pageOptionsHelp = `Page options (as createErrata takes them):
  --brand <file>             a brand: .json (defineBrand input) or .js/.mjs (default export: a
                             brand or its input); refused if it fails the contrast checks
  --theme <name>             ${themeNames.join(', ')} (default: auto)
  --locales x[,y]            only these catalog locales (default: all); the first is the default
                             when the catalog's source locale is not among them
  --tone <tone>              ${tones.join(', ')} (default: neutral)
  --link name=url            home, support, status or signIn: an http(s) URL or a same-origin path
                             (repeat for each)
  --service-name <name>      the service's name, for the footer and {serviceName}
  --reference-base-url <url> the problem+json type of each code`;

export interface PageOptionValues {
  brand?: string | undefined;
  theme?: string | undefined;
  locales?: string[] | undefined;
  tone?: string | undefined;
  link?: string[] | undefined;
  'service-name'?: string | undefined;
  'reference-base-url'?: string | undefined;
}

/** The options, or why the catalog or brand file was refused (the command exits 1 with it). */
export type PageOptions = { ok: true; options: ErrataOptions; catalog: Catalog } | { ok: false; problems: string };

export async function pageOptions(values: PageOptionValues, catalogFile: string | undefined): Promise<PageOptions> {
  const loaded = await loadCatalog(catalogFile);
  if (loaded.kind === 'invalid') return { ok: false, problems: loaded.error.message };
  const options: ErrataOptions = { catalog: loaded.catalog };
  if (values.theme !== undefined) {
    if (!(themeNames as readonly string[]).includes(values.theme))
      throw new UsageError(`--theme must be one of ${themeNames.join(', ')}, not ${values.theme}.`);
    options.theme = values.theme as ThemeName;
  }
  if (values.tone !== undefined) {
    if (!(tones as readonly string[]).includes(values.tone)) throw new UsageError(`--tone must be one of ${tones.join(', ')}, not ${values.tone}.`);
    options.defaultTone = values.tone as Tone;
  }
  const locales = list(values.locales);
  if (locales) options.locales = locales;
  const links: Partial<Record<LinkName, string>> = {};
  for (const pair of values.link ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--link takes name=url, e.g. --link support=https://help.example.com (got "${pair}").`);
    links[pair.slice(0, at) as LinkName] = pair.slice(at + 1);
  }
  if (Object.keys(links).length > 0) options.links = links;
  if (values['service-name'] !== undefined) options.serviceName = values['service-name'];
  if (values['reference-base-url'] !== undefined) options.referenceBaseUrl = values['reference-base-url'];
  if (values.brand !== undefined) {
    const brand = await loadBrand(values.brand);
    if (typeof brand === 'string') return { ok: false, problems: brand };
    options.brand = brand;
  }
  return { ok: true, options, catalog: loaded.catalog };
}

/** Turns createErrata's refusal of an option into the flag that set it. */
export function optionsMistake(error: unknown): UsageError | undefined {
  if (!(error instanceof ErrataOptionsError)) return undefined;
  const flag: Record<string, string> = {
    locales: '--locales',
    serviceName: '--service-name',
    referenceBaseUrl: '--reference-base-url',
    theme: '--theme',
    livenessPath: '--liveness-path',
  };
  const name = error.option.startsWith('links.') ? `--link ${error.option.slice(6)}=...` : (flag[error.option] ?? error.option);
  return new UsageError(`${name}: ${error.message.replace(/^createErrata: option "[^"]+" /, '')}`);
}

function isBrand(value: unknown): value is Brand {
  return typeof value === 'object' && value !== null && typeof (value as Brand).className === 'string' && typeof (value as Brand).css === 'string';
}

/** A brand, or the problems `defineBrand` found in the file. */
async function loadBrand(file: string): Promise<Brand | string> {
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  let source: unknown;
  try {
    if (ext === '.json') source = JSON.parse(await readFile(path, 'utf8'));
    else if (ext === '.js' || ext === '.mjs') source = ((await import(pathToFileURL(path).href)) as { default?: unknown }).default;
    else throw new Error('expected a .json, .js or .mjs file');
  } catch (error) {
    throw new UsageError(`Cannot read brand file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isBrand(source)) return source;
  try {
    return defineBrand(source as BrandInput);
  } catch (error) {
    if (error instanceof BrandError) return `Brand file ${file} was refused:\n${error.problems.map((p) => `  - ${p}`).join('\n')}`;
    throw new UsageError(`Brand file ${file} is not a brand: ${error instanceof Error ? error.message : String(error)}`);
  }
}
