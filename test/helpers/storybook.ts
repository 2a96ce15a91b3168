import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './repo.js';

export interface StoryEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  /** The CSF export the story comes from. */
  readonly exportName: string;
  readonly tags: readonly string[];
}

/** Where `npm run build-storybook` writes the static Storybook. */
export const storybookStaticDir = repoPath('storybook-static');

export class StorybookNotBuiltError extends Error {
  constructor(dir: string, detail: string) {
    super(
      `The static Storybook is missing or unreadable at ${dir} (${detail}). ` +
        'Run `npm run build-storybook` first (the root `npm test` builds it before running the tests).',
    );
    this.name = 'StorybookNotBuiltError';
  }
}

interface IndexFile {
  v?: number;
  entries?: Record<string, { type?: string; id?: string; title?: string; name?: string; exportName?: string; tags?: string[] }>;
}

/**
 * Every story (not docs entry) of a built Storybook, read from its `index.json`, in index order.
 * Throws `StorybookNotBuiltError` when the build is missing, so a suite fails with the fix.
 */
export function readStories(dir: string = storybookStaticDir): StoryEntry[] {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) throw new StorybookNotBuiltError(dir, 'no index.json');
  let index: IndexFile;
  try {
    index = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexFile;
  } catch (error) {
    throw new StorybookNotBuiltError(dir, `index.json does not parse: ${String(error)}`);
  }
  const stories = Object.values(index.entries ?? {})
    .filter((entry) => entry.type === 'story' && typeof entry.id === 'string')
    .map((entry) => ({ id: entry.id!, title: entry.title ?? '', name: entry.name ?? '', exportName: entry.exportName ?? '', tags: entry.tags ?? [] }));
  if (stories.length === 0) throw new StorybookNotBuiltError(dir, 'index.json lists no stories');
  return stories;
}
