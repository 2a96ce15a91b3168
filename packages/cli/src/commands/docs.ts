// `errata docs`: the error reference, one markdown page per code (@errata/lint).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { generateReference } from '@errata/lint';
import { catalogFileHelp, loadCatalog } from '../catalog-file.js';
import { defineCommand, UsageError } from '../command.js';

const help = `Usage: errata docs --out <dir> [--base-url <url>] [catalogFile]

Writes the error reference: an index (README.md) and one markdown page per code, in the source
locale at the top of <dir> and in each other catalog locale under <dir>/<locale>/. Markdown pages
of codes the catalog no longer has are removed; other files are left alone.

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
    // One folder per locale besides the source locale's (the top); pages of codes that no longer
    // exist would linger in each: only generated .md files are removed.
    const folders = new Set([...files.keys()].map((name) => dirname(name)));
    for (const folder of folders) {
      await mkdir(join(out, folder), { recursive: true });
      for (const name of await readdir(join(out, folder))) {
        const path = folder === '.' ? name : `${folder}/${name}`;
        if (name.endsWith('.md') && !files.has(path)) await rm(join(out, path));
      }
    }
    for (const [name, text] of files) await writeFile(join(out, name), text);
    process.stdout.write(`Wrote ${files.size} files to ${values.out}\n`);
    return 0;
  },
});
