// Storybook pointed at a brand's own catalog and brand (ERRATA_STORYBOOK_CATALOG /
// ERRATA_STORYBOOK_BRAND): the module the Catalog and Copy review stories import, built by
// .storybook/review-config.ts, gives that catalog (with its findings) and brand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCatalog } from '@errata/catalog';
import { lintCatalog } from '@errata/lint';
import { repoPath } from '@errata/test/repo';
import { exampleBrand } from '@errata/tokens';
import { afterAll, describe, expect, it } from 'vitest';

const { reviewConfigSource } = (await import(pathToFileURL(repoPath('.storybook/review-config.ts')).href)) as {
  reviewConfigSource(env: Readonly<Record<string, string | undefined>>, cwd: string): string;
};

const dir = mkdtempSync(join(tmpdir(), 'errata-storybook-config-'));
// Generated modules go inside the repository, so `@errata/*` resolve as they do for Storybook.
const modules = repoPath('test/.readme-examples');
mkdirSync(modules, { recursive: true });
const written: string[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const file of written) rmSync(file, { force: true });
});

async function configFor(env: Record<string, string>) {
  const file = join(modules, `review-config-${written.length}-${process.pid}.mjs`);
  writeFileSync(file, reviewConfigSource(env, dir));
  written.push(file);
  return (await import(pathToFileURL(file).href)) as { catalog: typeof builtinCatalog; catalogName: string; brand: typeof exampleBrand };
}

const catalogYaml = `extends: builtin
entries:
  - code: CART_EXPIRED
    status: 410
    category: checkout
    cause: client
    recoverability: user-fixable
    severity: low
    action: go-back
    causeKnown: true
    when: The cart was left for longer than it is kept.
    operator: { summary: Cart expired., component: checkout, remediation: None. }
    messages:
      en:
        neutral:
          title: Your cart has expired
          description: We keep items in a cart for one hour.
          nextSteps: [Add the items to your cart again.]
`;

describe('Storybook review config', () => {
  it('defaults to the built-in catalog and the example brand', async () => {
    const config = await configFor({});
    expect(config.catalog.codes).toEqual(builtinCatalog.codes);
    expect(config.catalogName).toBe('the built-in catalog');
    expect(config.brand.className).toBe(exampleBrand.className);
  });

  it('gives the catalog and brand the environment names, with the findings the Copy review story shows', async () => {
    writeFileSync(join(dir, 'catalog.yaml'), catalogYaml);
    writeFileSync(
      join(dir, 'brand.json'),
      JSON.stringify({ name: 'Acme Travel', colors: { brand: '#7a1f5c', textOnBrand: '#ffffff', link: '#7a1f5c', focusRing: '#7a1f5c' } }),
    );
    const config = await configFor({ ERRATA_STORYBOOK_CATALOG: 'catalog.yaml', ERRATA_STORYBOOK_BRAND: 'brand.json' });
    expect(config.catalog.codes).toEqual([...builtinCatalog.codes, 'CART_EXPIRED']);
    expect(config.catalogName).toBe('the catalog catalog.yaml');
    expect(config.brand).toMatchObject({ name: 'Acme Travel', className: 'errata-brand-acme-travel' });
    const gaps = lintCatalog(config.catalog).findings.filter((f) => f.code === 'CART_EXPIRED' && f.ruleId === 'CV-01');
    expect(gaps.map((f) => f.locale).sort()).toEqual(['ar', 'de', 'es']);
  });

  it('takes a catalog and a brand written as modules', async () => {
    writeFileSync(
      join(dir, 'brand.mjs'),
      `export default { name: 'Module Brand', colors: { brand: '#1c2f5e', textOnBrand: '#ffffff', link: '#0b3f8f', focusRing: '#0b3f8f' } };\n`,
    );
    writeFileSync(join(dir, 'catalog.mjs'), `export default ${JSON.stringify({ extends: 'builtin' })};\n`);
    const config = await configFor({ ERRATA_STORYBOOK_CATALOG: 'catalog.mjs', ERRATA_STORYBOOK_BRAND: 'brand.mjs' });
    expect(config.catalog.codes).toEqual(builtinCatalog.codes);
    expect(config.brand.name).toBe('Module Brand');
  });
});
