import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '@errata/test/repo';
import { anchorOf, rules } from './index.js';

const guide = readFileSync(repoPath('docs/tone-guide.md'), 'utf8');

describe('docs/tone-guide.md', () => {
  it.each(rules.map((r) => [r.id, r] as const))('documents %s under the anchor finding urls use', (_id, rule) => {
    expect(guide).toContain(`<a id="${anchorOf(rule.id)}"></a>`);
    expect(guide).toContain(rule.name);
  });
});
