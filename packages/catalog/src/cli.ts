// `errata`: lint catalog copy against the tone guide, or write the error reference.
//   errata lint [catalogFile] [--format json|text] [--max-warnings N] [--locale x] [--tone y] [--informal de]
//   errata docs --out <dir> [--base-url <url>] [catalogFile]
// Exit status: 0 clean, 1 error-level findings (or too many warnings) or an invalid catalog,
// 2 a usage problem (unknown flag, unreadable file).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateReference } from './docs/index.js';
import { builtinCatalog, CatalogError, defineCatalog, type Catalog, type CatalogEntryInput } from './index.js';
import { formatReport, lintCatalog, lintReportSummary, type LintableEntry, type LintReport, type Tone } from './lint/index.js';

const HELP = `Usage:
  errata lint [catalogFile] [--format text|json] [--max-warnings N] [--locale x[,y]] [--tone t[,u]] [--informal de[,es]] [--show-suppressed]
  errata docs --out <dir> [--base-url <url>] [catalogFile]

catalogFile: a .json file (an array of entries, or { "entries": [...] }) or a .js/.mjs module
(default export, or a \`catalog\` or \`entries\` export). Without it the built-in catalog is used.
--informal: locales whose friendly tone may use the informal "you" (de du, es tú), a brand choice.`;

class UsageError extends Error {}

type Loaded = { kind: 'catalog'; catalog: Catalog } | { kind: 'invalid'; error: CatalogError; entries: readonly unknown[] };

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && Array.isArray((value as Catalog).codes) && typeof (value as Catalog).get === 'function';
}

async function readSource(file: string): Promise<unknown> {
  const path = resolve(file);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.json') return JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (ext === '.js' || ext === '.mjs') {
      const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      return mod.default ?? mod.catalog ?? mod.entries;
    }
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  throw new UsageError(`Cannot read ${file}: expected a .json, .js or .mjs file.`);
}

async function loadCatalog(file: string | undefined): Promise<Loaded> {
  if (!file) return { kind: 'catalog', catalog: builtinCatalog as unknown as Catalog };
  const source = await readSource(file);
  if (isCatalog(source)) return { kind: 'catalog', catalog: source };
  const entries = Array.isArray(source) ? source : (source as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(entries)) throw new UsageError(`${file} holds no catalog entries: export an array, { entries: [...] } or a catalog.`);
  try {
    return { kind: 'catalog', catalog: defineCatalog(entries as readonly CatalogEntryInput[]) as unknown as Catalog };
  } catch (error) {
    if (error instanceof CatalogError) return { kind: 'invalid', error, entries };
    throw error;
  }
}

function list(values: readonly string[] | undefined): string[] | undefined {
  const out = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return out.length > 0 ? out : undefined;
}

const TONES: readonly Tone[] = ['friendly', 'neutral', 'formal'];

async function lint(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string', multiple: true },
      tone: { type: 'string', multiple: true },
      'show-suppressed': { type: 'boolean', default: false },
      informal: { type: 'string', multiple: true },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${values.format}.`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings takes a whole number of 0 or more.');
  const tones = list(values.tone);
  const bad = tones?.find((t) => !TONES.includes(t as Tone));
  if (bad) throw new UsageError(`Unknown tone "${bad}": use ${TONES.join(', ')}.`);
  if (positionals.length > 1) throw new UsageError('lint takes at most one catalog file.');

  const loaded = await loadCatalog(positionals[0]);
  // --informal replaces the catalog's own declaration (builtinCatalog: es), which lintCatalog reads by default.
  const informal = list(values.informal);
  const options = { locales: list(values.locale), tones: tones as Tone[] | undefined, ...(informal ? { informalAddress: informal } : {}) };
  let report: LintReport;
  if (loaded.kind === 'invalid') {
    // Still lint what can be read, so a file of bad copy reports per rule.
    process.stderr.write(`${loaded.error.message}\n\n`);
    report = lintCatalog(loaded.entries.filter((e): e is LintableEntry => typeof e === 'object' && e !== null) as LintableEntry[], options);
  } else {
    report = lintCatalog(loaded.catalog, options);
  }
  const summary = lintReportSummary(report);
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify({ summary, findings: report.findings, messages: report.messages, ...(loaded.kind === 'invalid' ? { catalogProblems: loaded.error.problems } : {}) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, { showSuppressed: values['show-suppressed'] })}\n`);
  }
  const tooManyWarnings = maxWarnings !== undefined && summary.warnings > maxWarnings;
  if (tooManyWarnings && values.format === 'text') process.stdout.write(`More than ${maxWarnings} warnings.\n`);
  return loaded.kind === 'invalid' || summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

async function docs(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, 'base-url': { type: 'string' } },
  });
  if (!values.out) throw new UsageError('docs needs --out <dir>.');
  const loaded = await loadCatalog(positionals[0]);
  if (loaded.kind === 'invalid') {
    process.stderr.write(`${loaded.error.message}\n`);
    return 1;
  }
  const files = generateReference(loaded.catalog, values['base-url'] ? { baseUrl: values['base-url'] } : {});
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  // Pages of codes that no longer exist would linger; only generated .md files are removed.
  for (const name of await readdir(out)) {
    if (name.endsWith('.md') && !files.has(name)) await rm(join(out, name));
  }
  for (const [name, text] of files) await writeFile(join(out, name), text);
  process.stdout.write(`Wrote ${files.size} files to ${values.out}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'lint') return lint(rest);
  if (command === 'docs') return docs(rest);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  throw new UsageError(`Unknown command "${command}".`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`errata: ${error instanceof Error ? error.message : String(error)}\n${usage ? `\n${HELP}\n` : ''}`);
    process.exitCode = usage ? 2 : 1;
  },
);
