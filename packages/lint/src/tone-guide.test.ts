import { readFileSync } from 'node:fs';
import { repoPath } from '@errata/test/repo';
import { describe, expect, it } from 'vitest';
import { anchorOf, rules, toneGuideUrl } from './index.js';

const guide = readFileSync(repoPath('docs/tone-guide.md'), 'utf8');

describe('docs/tone-guide.md', () => {
  it.each(rules.map((r) => [r.id, r] as const))('documents %s under the anchor finding urls use', (_id, rule) => {
    expect(guide).toContain(`<a id="${anchorOf(rule.id)}"></a>`);
    expect(guide).toContain(rule.name);
  });

  it('is where finding urls point: this file, in the repository the package names', () => {
    const pkg = JSON.parse(readFileSync(repoPath('packages/lint/package.json'), 'utf8')) as { repository: { url: string } };
    const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(toneGuideUrl).toBe(`${repository}/blob/main/docs/tone-guide.md`);
  });
});
