// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { NextSteps } from './NextSteps.js';
import * as stories from './NextSteps.stories.js';

describe('NextSteps', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('renders the steps as list items, in order, under an optional h2', () => {
    const root = parseFragment(renderToStaticMarkup(<NextSteps heading="What you can do" items={['First.', 'Second.']} />));
    expect(root.querySelector('h2')!.textContent).toBe('What you can do');
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['First.', 'Second.']);
  });

  test('empty items are left out, and no steps render nothing', () => {
    expect(parseFragment(renderToStaticMarkup(<NextSteps items={['One.', '', null]} />)).querySelectorAll('li')).toHaveLength(1);
    expect(renderToStaticMarkup(<NextSteps items={[]} heading="What you can do" />)).toBe('');
  });
});
