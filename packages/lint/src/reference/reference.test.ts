import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '@errata/test/repo';
import { builtinCatalog, defineCatalog, formatMessage } from '@errata/catalog';
import { generateReference, referencePage, sampleValues } from '../index.js';

const committed = repoPath('docs/reference');

describe('generateReference', () => {
  const files = generateReference(builtinCatalog);

  it('writes an index and one page per code, in every catalog locale', () => {
    const perLocale = ['README.md', ...builtinCatalog.codes.map((c) => `${referencePage(c)}.md`)];
    expect([...files.keys()].sort()).toEqual(
      builtinCatalog.locales.flatMap((locale) => perLocale.map((name) => (locale === 'en' ? name : `${locale}/${name}`))).sort(),
    );
    const index = files.get('README.md')!;
    expect(index).toContain('In other languages: [العربية (ar)](ar/README.md) · [Español (es)](es/README.md) · [Deutsch (de)](de/README.md)');
    expect(files.get('de/README.md')).toContain(
      'In anderen Sprachen: [English (en)](../README.md) · [العربية (ar)](../ar/README.md) · [Español (es)](../es/README.md)',
    );
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

  it("shows each locale's copy in its own words, the facts' values as they are", () => {
    const es = files.get('es/rate-limited.md')!;
    const entry = builtinCatalog.get('RATE_LIMITED');
    expect(es).toContain('[Todos los códigos](README.md)');
    expect(es).toContain(`| Estado HTTP | ${entry.status} |`);
    expect(es).toContain(`| Causa | ${entry.cause} |`);
    expect(es).toContain(`**${formatMessage(builtinCatalog, 'RATE_LIMITED', { locale: 'es', tone: 'formal', values: sampleValues(entry) }).title}**`);
    for (const tone of ['Cercano', 'Neutral (predeterminado)', 'Formal']) expect(es).toContain(`### ${tone}`);
    expect(es).toContain('Las notas de operaciones están escritas en inglés');
    const ar = files.get('ar/not-found.md')!;
    expect(ar).toContain(`**${formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'ar' }).title}**`);
    expect(ar).toContain('## ما يراه المستخدم');
  });

  it('says when a code falls back to another locale or tone, and writes only the locales asked for', () => {
    const catalog = defineCatalog(
      [
        {
          code: 'CART_EXPIRED',
          status: 410,
          category: 'checkout',
          cause: 'client',
          recoverability: 'user-fixable',
          severity: 'low',
          action: 'go-back',
          causeKnown: true,
          operator: { summary: 'x', component: 'y', remediation: 'z' },
          when: 'Late.',
          messages: { en: { neutral: { title: 'Your cart has expired', description: 'We keep carts for an hour.', nextSteps: ['Add the items again.'] } } },
        },
      ],
      { extends: builtinCatalog },
    );
    const out = generateReference(catalog, { locales: ['de'] });
    expect([...out.keys()].filter((name) => name.endsWith('README.md')).sort()).toEqual(['README.md', 'de/README.md']);
    expect(out.get('de/cart-expired.md')).toContain('_In dieser Sprache und Tonalität nicht geschrieben: Die Seite zeigt den Text en/neutral._');
    expect(out.get('cart-expired.md')).toContain('_Not written in this language and tone: the page shows the en/neutral copy._');
  });

  it('shows the copy a page uses when the error comes without its values, in each tone, and only where it exists', () => {
    const page = files.get('maintenance.md')!;
    expect(page.split('_Thrown without its values (no time known), the page says instead:_').length - 1).toBe(3);
    const neutral = formatMessage(builtinCatalog, 'MAINTENANCE', { locale: 'en', tone: 'neutral', values: {} });
    expect(page).toContain(neutral.description.map((p) => (typeof p === 'string' ? p : p.children)).join(''));
    expect(page).not.toContain('[availableAt]');
    expect(files.get('de/maintenance.md')).toContain('_Kommt der Fehler ohne seine Werte');
    // NOT_FOUND prints no value: nothing to show.
    expect(files.get('not-found.md')).not.toContain('Thrown without its values');
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
    const onDisk = (readdirSync(committed, { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(onDisk, hint).toEqual([...fresh.keys()].sort());
    for (const [name, text] of fresh) expect(readFileSync(join(committed, name), 'utf8'), `${hint} (${name})`).toBe(text);
  });
});
