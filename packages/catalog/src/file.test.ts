import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogFileError, loadCatalogFile, readCatalogFile } from './file.js';
import { builtinCatalog, CatalogError, catalogFromSource, formatMessage, sourceEntries } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'errata-catalog-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// What a content designer writes: one English-only code and one changed built-in title.
const yaml = `
extends: builtin
overrides:
  NOT_FOUND:
    messages:
      en:
        friendly:
          title: Nothing lives here
entries:
  - code: CART_EXPIRED
    status: 410
    category: checkout
    cause: client
    recoverability: user-fixable
    severity: low
    action: go-back
    causeKnown: true
    when: The cart was left longer than it is kept.
    operator: { summary: Cart expired., component: checkout, remediation: None. }
    messages:
      en:
        neutral:
          title: Your cart has expired
          description: We keep items in your cart for one hour.
          nextSteps: [Add the items to your cart again.]
`;

describe('catalog files', () => {
  it('loads a YAML catalog: extends, overrides and a custom code', () => {
    const catalog = loadCatalogFile(file('catalog.yaml', yaml));
    expect(catalog.codes).toEqual([...builtinCatalog.codes, 'CART_EXPIRED']);
    expect(formatMessage(catalog, 'NOT_FOUND', { tone: 'friendly' }).title).toBe('Nothing lives here');
    expect(formatMessage(catalog, 'CART_EXPIRED', { locale: 'ar', tone: 'formal' })).toMatchObject({ locale: 'en', title: 'Your cart has expired' });
  });

  it('loads the same catalog written as JSON, and a bare list of entries', () => {
    const source = readCatalogFile(file('catalog.yml', yaml));
    const json = loadCatalogFile(file('catalog.json', JSON.stringify(source)));
    expect(json.codes).toContain('CART_EXPIRED');
    const alone = loadCatalogFile(file('entries.json', JSON.stringify(sourceEntries(source))));
    expect(alone.codes).toEqual(['CART_EXPIRED']);
  });

  it('reads copy without values from YAML, and overrides it per tone', () => {
    const source = `
extends: builtin
overrides:
  MAINTENANCE:
    messages:
      en:
        neutral:
          withoutValues:
            description: The shop is closed while we restock. It opens again when we are done.
entries:
  - code: SALE_ENDS
    status: 410
    category: checkout
    cause: client
    recoverability: permanent
    severity: low
    action: go-back
    causeKnown: true
    args: { endsAt: date }
    when: A sale page is opened after the sale.
    operator: { summary: Sale over., component: shop, remediation: None. }
    messages:
      en:
        neutral:
          title: This sale has ended
          description: The sale ended on {endsAt, date, long}.
          nextSteps: [Go to the shop to see current prices.]
          withoutValues: { description: The sale has ended. }
`;
    const catalog = loadCatalogFile(file('valueless.yaml', source));
    expect(formatMessage(catalog, 'SALE_ENDS').description).toEqual(['The sale has ended.']);
    expect(formatMessage(catalog, 'MAINTENANCE').description).toEqual(['The shop is closed while we restock. It opens again when we are done.']);
    // The override replaced the description only; the steps without values stay the built-in ones.
    expect(formatMessage(catalog, 'MAINTENANCE').nextSteps).toEqual(formatMessage(builtinCatalog, 'MAINTENANCE').nextSteps);
  });

  it('reports a file it cannot read or parse, with where', () => {
    expect(() => readCatalogFile(join(dir, 'missing.json'))).toThrow(CatalogFileError);
    expect(() => readCatalogFile(file('catalog.txt', '{}'))).toThrow(/expected a \.json, \.yaml, \.yml file/);
    expect(() => readCatalogFile(file('broken.json', '{ "entries": [ }'))).toThrow(/broken\.json/);
    // YAML errors name the line; duplicate keys are refused rather than silently dropped.
    expect(() => readCatalogFile(file('broken.yaml', 'entries:\n  - code: A\n    code: B\n'))).toThrow(/line 3/);
  });

  it('refuses a file of the wrong shape, listing every problem', () => {
    const refused = (source: unknown) => {
      try {
        catalogFromSource(source);
      } catch (error) {
        expect(error).toBeInstanceOf(CatalogError);
        return (error as CatalogError).problems.map((p) => `${p.field}: ${p.message}`);
      }
      throw new Error('accepted');
    };
    expect(refused({ extends: 'acme', entry: [] })).toEqual([
      'entry: unknown property (expected one of extends, entries, overrides, uiStrings, informalAddress)',
      `extends: "acme" is not a catalog to extend: write 'builtin' or leave it out`,
    ]);
    expect(refused('catalog')).toHaveLength(1);
    expect(refused({ extends: 'builtin', overrides: { NOT_FOUND: { messages: { en: { neutral: { title: 'Gone {x}' } } } } } })).toContainEqual(
      expect.stringContaining('placeholder {x} is not declared'),
    );
  });
});
