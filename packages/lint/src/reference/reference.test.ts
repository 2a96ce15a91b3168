import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '@errata/test/repo';
import { builtinCatalog, defineCatalog } from '@errata/catalog';
import { generateReference, referencePage } from '../index.js';

const committed = repoPath('docs/reference');

describe('generateReference', () => {
  const files = generateReference(builtinCatalog);

  it('writes an index and one page per code', () => {
    expect([...files.keys()].sort()).toEqual(['README.md', ...builtinCatalog.codes.map((c) => `${referencePage(c)}.md`)].sort());
    const index = files.get('README.md')!;
    for (const code of builtinCatalog.codes) {
      const e = builtinCatalog.get(code);
      expect(index).toMatch(
        new RegExp(`^\\| \\[${code}\\]\\(${referencePage(code)}\\.md\\) \\| ${e.status}.* \\| ${e.cause} \\| ${e.severity} \\| ${e.action} \\|`, 'm'),
      );
    }
  });

  it('gives each page the facts, the copy in every tone and the operator notes', () => {
    const entry = builtinCatalog.get('RATE_LIMITED');
    const page = files.get('rate-limited.md')!;
    expect(page).toContain(`| HTTP status | ${entry.status} |`);
    expect(page).toContain(`| Recoverability | ${entry.recoverability} |`);
    expect(page).toContain(entry.when);
    for (const tone of ['Friendly', 'Neutral (default)', 'Formal']) expect(page).toContain(`### ${tone}`);
    // Rendered, not raw ICU: the sample value replaces the plural.
    expect(page).not.toContain('{retryAfterSeconds');
    expect(page).toContain('30');
    expect(page).toContain(`**Remediation:** ${entry.operator.remediation.replace(/([\\`*_[\]|<>])/g, '\\$1')}`);
    expect(page).toContain('"type": "<referenceBaseUrl>rate-limited"');
  });

  it('uses the base URL for the problem+json type', () => {
    const page = generateReference(builtinCatalog, { baseUrl: 'https://docs.example.com/errors/' }).get('not-found.md')!;
    expect(page).toContain('"type": "https://docs.example.com/errors/not-found"');
  });

  it('is deterministic', () => {
    expect(generateReference(builtinCatalog)).toEqual(files);
  });

  it('escapes markdown in catalog text', () => {
    const catalog = defineCatalog([
      {
        code: 'PIPE_ERROR',
        status: 400,
        category: 'client-input',
        cause: 'client',
        recoverability: 'user-fixable',
        severity: 'low',
        action: 'fix-input',
        causeKnown: true,
        operator: { summary: 'A <b>bold</b> claim', component: 'a | b', remediation: 'y' },
        when: 'When *stars* align.',
        messages: {
          en: Object.fromEntries(
            (['friendly', 'neutral', 'formal'] as const).map((t) => [t, { title: 'A title', description: 'A description.', nextSteps: ['Try again.'] }]),
          ) as never,
        },
      },
    ]);
    const out = generateReference(catalog);
    expect(out.get('README.md')).toContain('| client-input |');
    expect(out.get('pipe-error.md')).toContain('A \\<b\\>bold\\</b\\> claim');
    expect(out.get('pipe-error.md')).toContain('When \\*stars\\* align.');
    expect(out.get('pipe-error.md')).toContain('**Component:** a \\| b');
  });
});

describe('docs/reference (committed)', () => {
  it('matches the catalog', () => {
    const fresh = generateReference(builtinCatalog);
    const hint =
      'docs/reference is out of date: run `npm run build && npm run docs` (node packages/catalog/dist/cli.js docs --out docs/reference) and commit the result';
    expect(existsSync(committed), hint).toBe(true);
    const onDisk = readdirSync(committed)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(onDisk, hint).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) expect(readFileSync(join(committed, name), 'utf8'), `${hint} (${name})`).toBe(text);
  });
});
