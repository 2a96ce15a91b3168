// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { themeClass, themeNames, type ThemeName } from '@errata/tokens';
import { ErrorPage } from '../ErrorPage/ErrorPage.js';
import * as pageStories from '../ErrorPage/ErrorPage.stories.js';
import type { BrandStyle } from '../private/contracts.js';
import { arabicBrand, arabicLabels, englishLabels, exampleBrand } from '../private/examples.js';
import { parseHtml, renderDocument, storiesOf, validateDocument } from '../private/testing.js';
import { ErrorDocument, type ErrorDocumentProps } from './ErrorDocument.js';

const stylesheet = { css: '.a{color:red}' };
const page = <ErrorPage brand={exampleBrand} labels={englishLabels} title="We can’t find that page" traceId="abc" />;
const doc = (props: Partial<ErrorDocumentProps> = {}) =>
  renderDocument(
    <ErrorDocument lang="en" dir="ltr" title="We can’t find that page" brandName="Northwind" theme="light" stylesheet={stylesheet} {...props}>
      {props.children ?? page}
    </ErrorDocument>,
  );

describe('ErrorDocument', () => {
  test.each(storiesOf(pageStories))('wrapping the %s page story: a valid document whose title is h1 + brand', async (_name, element) => {
    const markup = renderDocument(
      <ErrorDocument lang="en" dir="ltr" title="placeholder" brandName="Northwind" theme="auto" stylesheet={stylesheet}>
        {element}
      </ErrorDocument>,
    );
    const h1 = parseHtml(markup).querySelector('h1')!.textContent!;
    // The title must come from the page's own h1: render again with it.
    const final = renderDocument(
      <ErrorDocument lang="en" dir="ltr" title={h1} brandName="Northwind" theme="auto" stylesheet={stylesheet}>
        {element}
      </ErrorDocument>,
    );
    expect(await validateDocument(final)).toEqual({ valid: true, messages: [] });
    const document = parseHtml(final);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelectorAll('main')).toHaveLength(1);
    expect(document.title).toBe(`${h1} – Northwind`);
  });

  test('the title is the h1 text, an en dash and the brand name', () => {
    expect(parseHtml(doc()).title).toBe('We can’t find that page – Northwind');
  });

  test('without a brand name the title is the h1 text alone', () => {
    expect(parseHtml(doc({ brandName: undefined })).title).toBe('We can’t find that page');
  });

  test('right to left: lang and dir on <html>', async () => {
    const markup = doc({
      lang: 'ar',
      dir: 'rtl',
      title: 'لم نتمكن من العثور على هذه الصفحة',
      brandName: arabicBrand.name,
      children: <ErrorPage brand={arabicBrand} labels={arabicLabels} title="لم نتمكن من العثور على هذه الصفحة" traceId="abc" />,
    });
    const html = parseHtml(markup).documentElement;
    expect(html.getAttribute('lang')).toBe('ar');
    expect(html.getAttribute('dir')).toBe('rtl');
    expect(await validateDocument(markup)).toEqual({ valid: true, messages: [] });
  });

  test('charset, viewport and no script or external resource', () => {
    const document = parseHtml(doc());
    expect(document.querySelector('meta[charset]')!.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('meta[name="viewport"]')!.getAttribute('content')).toContain('width=device-width');
    expect(document.querySelectorAll('script, link, iframe, object, embed')).toHaveLength(0);
    for (const element of document.querySelectorAll('[src]')) expect(element.getAttribute('src')).toMatch(/^data:/);
  });

  const schemes: Record<ThemeName, string> = { light: 'light', dark: 'dark', 'high-contrast': 'light', auto: 'light dark' };
  test.each(themeNames)('theme %s: its class on <html> and a matching color-scheme', (theme) => {
    const document = parseHtml(doc({ theme }));
    expect(document.documentElement.classList.contains(themeClass[theme])).toBe(true);
    expect(document.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).toBe(schemes[theme]);
  });

  test('the stylesheet is inlined byte for byte, with the nonce', () => {
    const document = parseHtml(doc({ nonce: 'r4nd0m' }));
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(stylesheet.css);
    expect(styles[0]!.getAttribute('nonce')).toBe('r4nd0m');
  });

  test('a brand adds its class, its colour scheme and its CSS in a second style element', () => {
    const brand: BrandStyle = {
      name: 'Acme',
      className: 'errata-brand-acme',
      css: '.errata-brand-acme{--errata-color-brand:#123456}',
      colorScheme: 'light dark',
    };
    const document = parseHtml(doc({ brand, brandName: undefined, nonce: 'n' }));
    expect(document.documentElement.classList.contains('errata-brand-acme')).toBe(true);
    expect(document.title).toBe('We can’t find that page – Acme');
    expect(document.querySelector('meta[name="color-scheme"]')!.getAttribute('content')).toBe('light dark');
    const styles = [...document.querySelectorAll('style')];
    expect(styles.map((s) => s.textContent)).toEqual([stylesheet.css, brand.css]);
    expect(styles.every((s) => s.getAttribute('nonce') === 'n')).toBe(true);
  });

  test('CSS cannot close its style element', () => {
    const document = parseHtml(doc({ stylesheet: { css: '.a{}</style><script>alert(1)</script>' } }));
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  test('an unknown theme falls back to auto', () => {
    const document = parseHtml(doc({ theme: 'neon' as ThemeName }));
    expect(document.documentElement.classList.contains(themeClass.auto)).toBe(true);
  });
});
