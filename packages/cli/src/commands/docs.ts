// `errata docs`: the error reference, one markdown page per code (@errata/lint).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateReference } from '@errata/lint';
import { catalogFileHelp, loadCatalog } from '../catalog-file.js';
import { defineCommand, UsageError } from '../command.js';

const help = `Usage: errata docs --out <dir> [--base-url <url>] [catalogFile]

Writes the error reference: an index (README.md) and one markdown page per code. Markdown pages of
codes the catalog no longer has are removed from <dir>; other files are left alone.

Options:
  --out <dir>        where to write the pages (required)
  --base-url <url>   the server's referenceBaseUrl, for the problem+json type of each code
  -h, --help         show this help

${catalogFileHelp}`;

export const command = defineCommand({
  help,
  maxPositionals: 1,
  options: { out: { type: 'string' }, 'base-url': { type: 'string' } },
  async run(values, positionals) {
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
  },
});
