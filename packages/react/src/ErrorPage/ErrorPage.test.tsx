// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { englishLabels, exampleBrand, longTraceId } from '../private/examples.js';
import { ErrorPage, mainId, type ErrorPageProps } from './ErrorPage.js';
import * as stories from './ErrorPage.stories.js';

const base: ErrorPageProps = {
  brand: exampleBrand,
  labels: englishLabels,
  title: 'We can’t find that page',
  description: 'The page may have moved.',
  nextSteps: ['Check the address.', 'Go to the home page.'],
  primaryAction: { label: 'Go to the home page', href: '/' },
  traceId: 'abc123',
};
const render = (props: Partial<ErrorPageProps> = {}) => parseFragment(renderToStaticMarkup(<ErrorPage {...base} {...props} />));

describe('Error page stories', () => {
  test.each(storiesOf(stories))('%s: valid HTML, one h1, one main, no axe violations', async (name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    const root = parseFragment(markup);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    const rtl = name === 'RightToLeftArabic';
    expect(await axeViolations(markup, { fragment: false, lang: rtl ? 'ar' : 'en', dir: rtl ? 'rtl' : 'ltr' })).toEqual([]);
  });
});

describe('ErrorPage', () => {
  test('renders what happened, what to do, and a reference to quote', () => {
    const root = render();
    expect(root.querySelector('h1')!.textContent).toBe(base.title);
    expect([...root.querySelectorAll('main ul > li')].map((li) => li.textContent)).toEqual(base.nextSteps);
    expect(root.querySelector('main code')!.textContent).toBe('abc123');
    expect(root.querySelector('main')!.textContent).toContain('Quote this reference if you contact support.');
    const action = [...root.querySelectorAll('main a')].find((a) => a.textContent === 'Go to the home page');
    expect(action?.getAttribute('href')).toBe('/');
  });

  test('landmarks: header with a home link, main, footer', () => {
    const root = render();
    const header = root.querySelector('header')!;
    expect(header.querySelector('a')!.getAttribute('href')).toBe('/');
    expect(header.textContent).toBe('Northwind');
    expect(root.querySelector('footer')!.textContent).toBe('Northwind');
  });

  test('the skip link points at main', () => {
    const root = render();
    const skip = root.querySelector('a')!;
    expect(skip.textContent).toBe('Skip to main content');
    expect(skip.getAttribute('href')).toBe(`#${mainId}`);
    expect(root.querySelector('main')!.id).toBe(mainId);
  });

  test('a wordmark logo names the home link through its alt text', () => {
    const logo = { src: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E', alt: 'Northwind home', width: 160, height: 32 };
    const link = render({ brand: { ...exampleBrand, logo } }).querySelector('header a')!;
    expect(link.querySelector('img')!.getAttribute('alt')).toBe('Northwind home');
    expect(link.querySelector('img')!.getAttribute('src')).toBe(logo.src);
    expect(link.textContent).toBe('');
  });

  test('a symbol logo is decorative next to the written brand name', () => {
    const logo = { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'Northwind', width: 32, height: 32 };
    const link = render({ brand: { ...exampleBrand, logo } }).querySelector('header a')!;
    expect(link.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(link.textContent).toBe('Northwind');
  });

  test('a logo that would cause an external request is not rendered', () => {
    const logo = { src: 'https://cdn.example.com/logo.png', alt: 'Northwind', width: 120, height: 32 };
    const root = render({ brand: { ...exampleBrand, logo } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('header')!.textContent).toBe('Northwind');
  });

  test('unsafe hrefs are dropped: primary action, home, status page', () => {
    const root = render({
      primaryAction: { label: 'Try again', href: 'javascript:alert(1)' },
      brand: { name: 'Northwind', homeHref: 'data:text/html,hi' },
      statusHref: '//evil.example/',
    });
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([`#${mainId}`]);
    expect(root.textContent).not.toContain('Try again');
  });

  test('without a brand there is no header and no footer, and main comes first', () => {
    const { brand: _brand, ...rest } = base;
    const root = parseFragment(renderToStaticMarkup(<ErrorPage {...rest} />));
    expect(root.querySelector('header')).toBeNull();
    expect(root.querySelector('footer')).toBeNull();
    expect(root.querySelector('main')).not.toBeNull();
  });

  test('diagnostics sit in a closed disclosure with the diagnostics label', () => {
    const root = render({ diagnostics: <pre>stack</pre> });
    const details = root.querySelector('main details')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Diagnostics');
    expect(details.querySelector('pre')!.textContent).toBe('stack');
  });

  test('a long trace id is rendered whole, as text', () => {
    expect(render({ traceId: longTraceId }).querySelector('code')!.textContent).toBe(longTraceId);
  });

  test('every SVG is decorative: hidden and not focusable', () => {
    const svgs = render({ retry: { text: 'Try again in 30 seconds.', seconds: 30 } }).querySelectorAll('svg');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
    }
  });
});
