// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { TriageEvent } from './TriageEvent.js';
import * as stories from './TriageEvent.stories.js';

const diagnostics = { name: 'Error', message: 'boom', frames: [], causes: [], request: { method: 'GET', path: '/x', query: {}, headers: {} } };

describe('TriageEvent', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('names the code and title in the one h1, lists the facts, and ends with the diagnostics', () => {
    const root = parseFragment(
      renderToStaticMarkup(
        <TriageEvent
          reference="abc"
          code="INTERNAL"
          title="Something went wrong"
          status={500}
          severity="medium"
          time="2025-03-04T09:02:10.000Z"
          route="/orders/:id"
          component="application"
          action="Fix the bug."
          runbook="https://runbooks.example.com/internal"
          diagnostics={diagnostics}
        />,
      ),
    );
    expect([...root.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['INTERNAL: Something went wrong']);
    const terms = [...root.querySelectorAll('dl')[0]!.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(Object.fromEntries(terms)).toMatchObject({ Reference: 'abc', Route: '/orders/:id', Component: 'application', 'Suggested action': 'Fix the bug.' });
    expect(root.querySelector('.errata-diagnostics h2')!.textContent).toBe('Error');
  });

  test('a runbook outside the allow-list is not linked', () => {
    const markup = renderToStaticMarkup(
      <TriageEvent
        reference="abc"
        code="X"
        title="t"
        status={500}
        severity="low"
        time="t"
        component="c"
        action="a"
        runbook="javascript:alert(1)"
        diagnostics={diagnostics}
      />,
    );
    expect(parseFragment(markup).querySelector('a')).toBeNull();
  });
});
