// Writing an export: the files of the previous export into the same directory (listed in its
// manifest) are removed first, so a code or locale dropped since leaves nothing stale; other
// files in the directory are left alone.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { manifestFile, sizeReportFile } from './layout.js';

export interface WrittenFile {
  readonly path: string;
  readonly content: string;
}

async function previousFiles(out: string): Promise<string[]> {
  try {
    const previous = JSON.parse(await readFile(join(out, manifestFile), 'utf8')) as { generator?: unknown; files?: { path?: unknown }[] };
    if (previous.generator !== 'errata export' || !Array.isArray(previous.files)) return [];
    return previous.files.map((f) => f.path).filter((p): p is string => typeof p === 'string');
  } catch {
    return [];
  }
}

export async function writeExport(out: string, files: readonly WrittenFile[]): Promise<void> {
  const root = resolve(out);
  for (const path of [...(await previousFiles(root)), manifestFile, sizeReportFile]) {
    const target = resolve(root, path);
    // A hand-edited manifest must not send the removal outside the export.
    if (target.startsWith(root + sep)) await rm(target, { force: true });
  }
  const dirs = new Set(files.map((file) => dirname(join(root, file.path))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(join(root, file.path), file.content);
}
