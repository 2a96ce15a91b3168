// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { axeViolations, parseFragment, storiesOf, validateFragment } from '@errata/test/react';
import { HealthReport } from './HealthReport.js';
import * as stories from './HealthReport.stories.js';

const failing = [
  { name: 'search', status: 'fail', critical: true, since: '2025-03-04T09:28:12.000Z', condition: 'circuit-open', lastError: 'ECONNRESET' },
] as const;

describe('HealthReport', () => {
  test.each(storiesOf(stories))('%s is valid HTML with no axe violations', async (_name, element) => {
    const markup = renderToStaticMarkup(element);
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: true })).toEqual([]);
  });

  test('one h1, the overall status in words, and each component as a row headed by its name', () => {
    const root = parseFragment(
      renderToStaticMarkup(<HealthReport title="Readiness" status="fail" checkedAt="2025-03-04T09:30:00.000Z" detailed={false} components={failing} />),
    );
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('p')!.textContent).toBe('Status: fail Not ready: a critical component is failing.');
    const row = root.querySelector('tbody tr')!;
    expect(row.querySelector('th[scope="row"]')!.textContent).toBe('search');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['fail', 'yes']);
  });

  test('withholds since, condition and last error unless detailed', () => {
    const props = { title: 'Readiness', status: 'fail', checkedAt: '2025-03-04T09:30:00.000Z', components: failing } as const;
    const publicView = renderToStaticMarkup(<HealthReport {...props} detailed={false} />);
    for (const detail of ['circuit-open', 'ECONNRESET', '09:28:12']) expect(publicView).not.toContain(detail);
    const detailed = parseFragment(renderToStaticMarkup(<HealthReport {...props} detailed />));
    expect([...detailed.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual([
      'fail',
      'yes',
      '2025-03-04T09:28:12.000Z',
      'circuit-open',
      '—',
      'ECONNRESET',
    ]);
  });

  test('markup in a component name or condition stays text', () => {
    const root = parseFragment(
      renderToStaticMarkup(
        <HealthReport
          title="Readiness"
          status="warn"
          checkedAt="x"
          detailed
          components={[{ name: '<img src=x>', status: 'warn', critical: false, condition: '<script>' }]}
        />,
      ),
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('tbody th')!.textContent).toBe('<img src=x>');
  });
});
