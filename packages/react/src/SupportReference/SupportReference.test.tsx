// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { SupportReference } from './SupportReference.js';
import * as stories from './SupportReference.stories.js';

describe('SupportReference', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('the id is in <code>, with the label and the words asking to quote it', () => {
    const root = parseFragment(
      renderToStaticMarkup(<SupportReference traceId="abc-123" label="Reference" quoteLabel="Quote this reference if you contact support." />),
    );
    expect(root.querySelector('code')!.textContent).toBe('abc-123');
    expect(root.textContent).toBe('Reference abc-123Quote this reference if you contact support.');
  });

  test('markup in a trace id stays text', () => {
    const root = parseFragment(renderToStaticMarkup(<SupportReference traceId={'<img src=x onerror=alert(1)>'} label="Reference" quoteLabel="Quote it." />));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('code')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('no id, no block', () => {
    expect(renderToStaticMarkup(<SupportReference traceId="" label="Reference" quoteLabel="Quote it." />)).toBe('');
  });
});
