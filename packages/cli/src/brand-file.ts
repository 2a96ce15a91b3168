// Reading a brand for a command (`--brand <file>`): a .json, .yaml or .yml file holding a
// `defineBrand` input, or a .js/.mjs module exporting a brand or its input (default export, or
// `brand`). Checked by `defineBrand`, which refuses an inaccessible brand.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Brand, type BrandInput, defineBrand } from '@errata/tokens';
import { parse as parseYaml } from 'yaml';
import { UsageError } from './command.js';

function isBrand(value: unknown): value is Brand {
  return typeof value === 'object' && value !== null && typeof (value as Brand).className === 'string' && typeof (value as Brand).css === 'string';
}

/** The brand a file describes. @throws UsageError when unreadable; BrandError when refused. */
export async function loadBrand(file: string): Promise<Brand> {
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  let source: unknown;
  try {
    if (ext === '.js' || ext === '.mjs') {
      const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      source = mod.default ?? mod.brand;
    } else if (ext === '.json') source = JSON.parse(await readFile(path, 'utf8'));
    else if (ext === '.yaml' || ext === '.yml') source = parseYaml(await readFile(path, 'utf8'), { prettyErrors: true });
    else throw new Error('expected a .json, .yaml, .yml, .js or .mjs file');
  } catch (error) {
    throw new UsageError(`Cannot read the brand file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return isBrand(source) ? source : defineBrand(source as BrandInput);
}
