// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { StatusLink } from './StatusLink.js';
import * as stories from './StatusLink.stories.js';

describe('StatusLink', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('links to the status page with its label', () => {
    const link = parseFragment(renderToStaticMarkup(<StatusLink href="https://status.example.com" label="Service status" />)).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://status.example.com/');
    expect(link.textContent).toBe('Service status');
  });

  test.each(['javascript:alert(1)', 'https://user@evil.example/', '//evil.example'])('renders nothing for %s', (href) => {
    expect(renderToStaticMarkup(<StatusLink href={href} label="Service status" />)).toBe('');
  });
});
