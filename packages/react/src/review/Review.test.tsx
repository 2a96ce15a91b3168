// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import * as stories from './Review.stories.js';
import { ReviewDocument } from './ReviewDocument.js';
import { Shows } from './ReviewIndex.js';

describe('copy review pages', () => {
  test.each(storiesOf(stories))('%s: valid HTML, one h1 and main, no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    // jsdom cannot host axe inside a frame: the preview's own page is checked in Chromium (test/browser/review).
    expect(await axeViolations(markup.replace(/<iframe\b[^>]*><\/iframe>/, ''), { fragment: false })).toEqual([]);
    const root = parseFragment(markup);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelectorAll('main')).toHaveLength(1);
  });

  test('a message page keeps its copy in its own language and direction, link tags left to right', () => {
    const [, arabic] = storiesOf(stories).find(([name]) => name === 'MessageInArabic')!;
    const root = parseFragment(renderToStaticMarkup(arabic));
    const copy = [...root.querySelectorAll('dd[lang="ar"]')];
    expect(copy).toHaveLength(2);
    for (const dd of copy) expect(dd.getAttribute('dir')).toBe('rtl');
    expect([...root.querySelectorAll('dd[lang="ar"] code[dir="ltr"]')].map((c) => c.textContent)).toEqual(['<link>', '</link>']);
    expect(root.querySelector('iframe')?.getAttribute('title')).toBe('NOT_FOUND in Arabic, neutral tone, as sent');
  });

  test('findings link to their rule in the tone guide, suppressed ones with their reason', () => {
    const [, message] = storiesOf(stories).find(([name]) => name === 'MessageWithFallback')!;
    const root = parseFragment(renderToStaticMarkup(message));
    const links = [...root.querySelectorAll('li a[href*="tone-guide.md#"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md#cv-01',
      'https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md#mc-03',
    ]);
    expect(root.textContent).toContain('Suppressed warning');
    expect(root.textContent).toContain('Falls back to en neutral');
  });

  test('says which copy a message shows', () => {
    const text = (row: Parameters<typeof Shows>[0]['row']) => parseFragment(renderToStaticMarkup(<Shows row={row} />)).textContent;
    expect(text({ locale: 'es', tone: 'friendly', shownLocale: 'es', shownTone: 'friendly' })).toBe('Its own copy');
    expect(text({ locale: 'es', tone: 'friendly', shownLocale: 'es', shownTone: 'neutral' })).toBe('Falls back to neutral');
  });

  test('the document is English, themed, and links one stylesheet', () => {
    const markup = renderToStaticMarkup(
      <ReviewDocument title="Every message" stylesheetHref="review.css">
        <main>x</main>
      </ReviewDocument>,
    );
    expect(markup).toMatch(/^<html lang="en" dir="ltr" class="errata-theme-auto [^"]+">/);
    expect(markup).toContain('<title>Every message – Copy review</title>');
    expect(markup).toContain('<link rel="stylesheet" href="review.css"/>');
  });
});
