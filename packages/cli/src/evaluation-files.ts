// Reading the evaluation corpora `errata lint --evaluate <path>` measures the linter on: one JSON
// file, or every JSON file of a directory (in name order, so reports are stable).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { readEvaluationCorpus, type EvaluationCorpus } from '@errata/lint';
import { UsageError } from './command.js';

async function filesAt(path: string): Promise<string[]> {
  const full = resolve(path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(full);
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!info.isDirectory()) return [full];
  const names = (await readdir(full)).filter((n) => extname(n).toLowerCase() === '.json').sort();
  if (names.length === 0) throw new UsageError(`${path} holds no .json evaluation corpus.`);
  return names.map((n) => join(full, n));
}

/** The corpora at `path`; an unreadable path is a usage error, a malformed corpus an `EvaluationCorpusError`. */
export async function loadEvaluationCorpora(path: string): Promise<EvaluationCorpus[]> {
  const corpora: EvaluationCorpus[] = [];
  for (const file of await filesAt(path)) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    corpora.push(readEvaluationCorpus(value, basename(file)));
  }
  return corpora;
}
