// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '../private/testing.js';
import { RetryNotice } from './RetryNotice.js';
import * as stories from './RetryNotice.stories.js';

const render = (element: React.ReactElement) => parseFragment(renderToStaticMarkup(element));

describe('RetryNotice', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('a time to retry at is machine-readable', () => {
    const time = render(<RetryNotice text="Try again after 14:30." at={new Date(Date.UTC(2026, 10, 21, 14, 30))} />).querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2026-11-21T14:30:00.000Z');
    expect(time.textContent).toBe('Try again after 14:30.');
  });

  test('a wait in seconds becomes a duration', () => {
    expect(
      render(<RetryNotice text="Try again in 90 seconds." seconds={90} />)
        .querySelector('time')!
        .getAttribute('datetime'),
    ).toBe('PT90S');
  });

  test('an invalid time or wait leaves the words without a <time>', () => {
    const root = render(<RetryNotice text="Try again later." at="not a date" seconds={Number.NaN} />);
    expect(root.querySelector('time')).toBeNull();
    expect(root.textContent).toBe('Try again later.');
  });
});
