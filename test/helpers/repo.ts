import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where repo data lives, for tests that read it (the tone guide, the committed reference, a
 * package's README). Resolved once here so no test counts `../` to its own depth, and a test keeps
 * working when it moves.
 */

/** The first directory at or above `from` whose package.json declares the npm workspaces. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json with "workspaces" at or above ${from}`);
  }
}

/** The monorepo's root directory (absolute). */
export const repoRoot: string = findRepoRoot(import.meta.dirname);

/** An absolute path inside the repo, from root-relative segments: `repoPath('docs', 'tone-guide.md')`. */
export function repoPath(...segments: string[]): string {
  return join(repoRoot, ...segments);
}

const require = createRequire(import.meta.url);

/**
 * An absolute path inside a workspace package, found by its name as any consumer finds it
 * (every package exports `./package.json`): `packagePath('@errata/server', 'README.md')`.
 */
export function packagePath(name: string, ...segments: string[]): string {
  return join(dirname(require.resolve(`${name}/package.json`)), ...segments);
}
