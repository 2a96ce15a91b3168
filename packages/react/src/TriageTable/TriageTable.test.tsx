// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { TriageTable, type TriageGroup } from './TriageTable.js';
import * as stories from './TriageTable.stories.js';

const group: TriageGroup = {
  code: 'INTERNAL',
  title: 'Something went wrong',
  status: 500,
  severity: 'medium',
  count: 3,
  distinctRequests: 2,
  firstSeen: '2025-03-04T08:01:44.000Z',
  lastSeen: '2025-03-04T09:02:10.000Z',
  routes: ['/checkout', '/orders/:id'],
  component: 'application',
  action: 'Fix the bug.',
  runbook: 'https://runbooks.example.com/internal',
};

describe('TriageTable', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('one row per code, headed by the code, with counts, routes, operator notes and the runbook', () => {
    const root = parseFragment(renderToStaticMarkup(<TriageTable title="Recent errors" generatedAt="2025-03-04T09:30:00.000Z" groups={[group]} />));
    const row = root.querySelector('tbody tr')!;
    expect(row.querySelector('th')!.textContent).toBe('INTERNAL');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Something went wrong',
      '500',
      'medium',
      '3',
      '2',
      '2025-03-04T08:01:44.000Z',
      '2025-03-04T09:02:10.000Z',
      '/checkout, /orders/:id',
      'application',
      'Fix the bug.',
      'Runbook for INTERNAL',
    ]);
    expect(row.querySelector('a')!.getAttribute('href')).toBe('https://runbooks.example.com/internal');
  });

  test('a runbook or next link outside the allow-list is dropped, and markup stays text', () => {
    const root = parseFragment(
      renderToStaticMarkup(
        <TriageTable
          title="Recent errors"
          generatedAt="x"
          nextHref="javascript:alert(1)"
          groups={[{ ...group, runbook: 'javascript:alert(1)', routes: ['<img src=x>'], action: '<script>x</script>' }]}
        />,
      ),
    );
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelector('img, script')).toBeNull();
  });
});
