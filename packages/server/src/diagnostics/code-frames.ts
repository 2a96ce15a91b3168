import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CodeFrame {
  /** Path relative to the working directory. */
  file: string;
  line: number;
  column: number;
  /** The surrounding source lines, with their numbers. */
  lines: { number: number; text: string; current: boolean }[];
}

const MAX_FILE_BYTES = 512 * 1024;
const MAX_FRAMES = 5;
const CONTEXT = 3;
const MAX_LINE_CHARS = 300;
const MAX_CACHED_FILES = 64;

// V8 stack lines: "    at fn (/abs/file.js:10:5)" or "    at /abs/file.js:10:5" or file:// URLs.
const frameLine = /^\s*at (?:.*? \()?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):(\d{1,7}):(\d{1,7})\)?\s*$/;

/** Source files read for frames, keyed by path; bounded so a long-running dev server stays small. */
const cache = new Map<string, string[] | null>();

function readLines(path: string): string[] | null {
  if (cache.has(path)) return cache.get(path) ?? null;
  let lines: string[] | null = null;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(MAX_FILE_BYTES);
    const read = readSync(fd, buffer, 0, MAX_FILE_BYTES, 0);
    lines = buffer.subarray(0, read).toString('utf8').split('\n');
  } catch {
    lines = null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (cache.size >= MAX_CACHED_FILES) cache.delete(cache.keys().next().value as string);
  cache.set(path, lines);
  return lines;
}

/** The resolved path when it lies under `root` (and outside node_modules); else undefined. */
function insideRoot(file: string, root: string): string | undefined {
  try {
    const path = file.startsWith('file://') ? fileURLToPath(file) : file;
    if (!isAbsolute(path)) return undefined;
    const real = realpathSync(path);
    const rel = relative(root, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('node_modules')) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/**
 * Code frames for the first few stack frames that point at the app's own files. Node rewrites
 * stack positions through source maps when they are enabled (development mode enables them), so
 * these lines are the original source.
 */
export function codeFrames(stack: string | undefined, root = process.cwd()): CodeFrame[] {
  if (!stack) return [];
  const frames: CodeFrame[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return [];
  }
  for (const line of stack.split('\n', 200)) {
    if (frames.length >= MAX_FRAMES) break;
    const match = frameLine.exec(line);
    if (!match?.[1]) continue;
    const path = insideRoot(match[1], realRoot);
    if (!path) continue;
    const lines = readLines(path);
    const number = Number(match[2]);
    if (!lines || number < 1 || number > lines.length) continue;
    const from = Math.max(1, number - CONTEXT);
    const to = Math.min(lines.length, number + CONTEXT);
    const context: CodeFrame['lines'] = [];
    for (let n = from; n <= to; n++) {
      context.push({ number: n, text: (lines[n - 1] ?? '').slice(0, MAX_LINE_CHARS), current: n === number });
    }
    frames.push({ file: relative(realRoot, path), line: number, column: Number(match[3]), lines: context });
  }
  return frames;
}
