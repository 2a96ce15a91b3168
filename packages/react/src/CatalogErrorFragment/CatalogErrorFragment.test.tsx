// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import * as stories from './CatalogErrorFragment.stories.js';
import { CatalogErrorFragment } from './CatalogErrorFragment.js';

describe('CatalogErrorFragment', () => {
  test.each(storiesOf(stories))('%s in a host layout: valid, one h1, no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: false })).toEqual([]);
    const root = parseFragment(markup);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    // The host's landmarks are the only ones: the content brings no main, header or footer.
    expect(root.querySelectorAll('main, header, footer')).toHaveLength(3);
  });

  test('carries the theme and brand classes and the message language and direction', () => {
    const [, arabic] = storiesOf(stories).find(([name]) => name === 'Arabic')!;
    const content = parseFragment(renderToStaticMarkup(arabic)).querySelector('main > div')!;
    expect(content.getAttribute('lang')).toBe('ar');
    expect(content.getAttribute('dir')).toBe('rtl');
    expect(content.className).toMatch(/^errata-theme-light /);
    const [, branded] = storiesOf(stories).find(([name]) => name === 'ServerErrorBranded')!;
    expect(parseFragment(renderToStaticMarkup(branded)).querySelector('main > div')!.className).toMatch(/^errata-theme-light errata-brand-/);
  });

  test('an unknown theme falls back to auto rather than leaving the tokens unset', () => {
    const props = { ...stories.default.args, theme: 'sepia' } as unknown as Parameters<typeof CatalogErrorFragment>[0];
    expect(renderToStaticMarkup(<CatalogErrorFragment {...props} />)).toMatch(/^<div class="errata-theme-auto /);
  });
});
