import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createErrata, ErrataError, ErrataOptionsError } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'errata-server-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One code of the brand's own, written in English only (neutral), and one built-in title changed.
const catalogYaml = `
extends: builtin
overrides:
  NOT_FOUND:
    messages:
      en:
        neutral:
          title: We can't find that page
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

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const request = (locale: string, accept = 'application/problem+json') => ({ method: 'GET', url: '/cart', headers: { accept, 'accept-language': locale } });

describe('createErrata with a catalog file', () => {
  it('starts from a YAML file and renders an English-only code in every locale through fallback', () => {
    const errata = createErrata({ catalog: file('catalog.yaml', catalogYaml), defaultTone: 'friendly' });
    for (const locale of ['en', 'es', 'de', 'ar', 'pt-BR']) {
      const json = errata.render(new ErrataError<'CART_EXPIRED'>('CART_EXPIRED'), request(locale));
      expect(json.status).toBe(410);
      expect(json.headers['content-language']).toBe('en');
      expect(JSON.parse(json.body)).toMatchObject({ code: 'CART_EXPIRED', status: 410 });
      const page = errata.render(new ErrataError<'CART_EXPIRED'>('CART_EXPIRED'), request(locale, 'text/html'));
      expect(page.body).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr"/);
      expect(page.body).toContain('Your cart has expired');
    }
    // The built-in codes keep their languages.
    expect(errata.render(new ErrataError('GONE'), request('ar')).headers['content-language']).toBe('ar');
  });

  it('applies an override of one built-in field', () => {
    const errata = createErrata({
      catalog: file(
        'override.json',
        JSON.stringify({ extends: 'builtin', overrides: { NOT_FOUND: { messages: { en: { neutral: { title: 'Nothing here' } } } } } }),
      ),
    });
    expect(errata.render(new ErrataError('NOT_FOUND'), request('en', 'text/html')).body).toContain('<title>Nothing here</title>');
  });

  it('refuses a file it cannot use at start-up, naming the option and the problem', () => {
    const refused = (catalog: string): ErrataOptionsError => {
      try {
        createErrata({ catalog });
      } catch (error) {
        expect(error).toBeInstanceOf(ErrataOptionsError);
        return error as ErrataOptionsError;
      }
      throw new Error('accepted');
    };
    expect(refused(join(dir, 'missing.yaml')).message).toMatch(/option "catalog" could not be loaded: Cannot read the catalog file .*missing\.yaml/);
    expect(
      refused(file('broken.yaml', 'extends: builtin\noverrides:\n  NOT_FOUND:\n    messages: { en: { neutral: { title: "Gone {x" } } }\n')).message,
    ).toContain('ICU does not parse');
    // A catalog without INTERNAL and NOT_FOUND cannot answer every error.
    expect(refused(file('alone.yaml', catalogYaml.replace(/^extends: builtin\n(overrides:[\s\S]*?)(?=entries:)/m, ''))).message).toContain(
      'must contain INTERNAL',
    );
  });
});
