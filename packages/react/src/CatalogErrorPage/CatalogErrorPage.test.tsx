// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { builtinCatalog, formatMessage } from '@errata/catalog';
import { axeViolations, parseFragment, validateFragment } from '@errata/test/react';
import type { CatalogEntryFacts, FormattedMessageText, PageUiStrings } from '../private/contracts.js';
import { CatalogErrorPage, type CatalogErrorPageProps } from './CatalogErrorPage.js';
import { actionLinks, primaryActionFor } from './pageFromCatalog.js';

const ui: PageUiStrings = {
  reference: 'Reference',
  quoteReference: 'Quote this reference if you contact support.',
  statusPage: 'Check the service status page',
  home: 'Go to the home page',
  diagnostics: 'Diagnostics',
  tryAgain: 'Try again',
  signIn: 'Sign in',
  goBack: 'Go back',
  skipToContent: 'Skip to main content',
};

const entry = (facts: Partial<CatalogEntryFacts> = {}): CatalogEntryFacts => ({
  code: 'UPSTREAM_TIMEOUT',
  status: 504,
  category: 'dependency',
  cause: 'upstream',
  action: 'retry',
  ...facts,
});

const message: FormattedMessageText = {
  code: 'UPSTREAM_TIMEOUT',
  locale: 'en',
  dir: 'ltr',
  title: 'A service we rely on is not answering',
  description: ['We waited, but ', { tag: 'status', children: 'a service we use' }, ' did not reply in time.'],
  nextSteps: [['Wait a minute, then try again.'], ['If it keeps happening, ', { tag: 'support', children: 'contact support' }, '.']],
  alternative: ['You can also ', { tag: 'home', children: 'go to the home page' }, '.'],
};

const props: CatalogErrorPageProps = {
  message,
  entry: entry(),
  links: { home: '/', support: 'https://help.example.com/', status: 'https://status.example.com/' },
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  ui,
  currentHref: '/orders/42',
  brand: { name: 'Northwind', homeHref: '/' },
};

/** The page's buttons (primary actions) as [label, href]. */
const buttons = (root: ParentNode) =>
  [...root.querySelectorAll('main p > a:has(svg)')].map((a) => [a.textContent ?? '', a.getAttribute('href') ?? ''] as [string, string]);

const render = (overrides: Partial<CatalogErrorPageProps> = {}) => {
  const markup = renderToStaticMarkup(<CatalogErrorPage {...props} {...overrides} />);
  return { markup, root: parseFragment(markup) };
};

describe('CatalogErrorPage', () => {
  test('maps the message onto a valid, accessible page', async () => {
    const { markup, root } = render();
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    expect(await axeViolations(markup, { fragment: false })).toEqual([]);
    expect(root.querySelector('h1')!.textContent).toBe(message.title);
    expect(root.querySelector('main')!.textContent).toContain('We waited, but a service we use did not reply in time.');
    // The step that links is the page's one button, not a bullet as well.
    expect([...root.querySelectorAll('main li')].map((li) => li.textContent)).toEqual(['Wait a minute, then try again.']);
    expect(buttons(root)).toEqual([['Contact support', 'https://help.example.com/']]);
    expect(root.querySelector('main code')!.textContent).toBe(props.traceId);
  });

  test('the main action is the step the catalog links, said once; its link text is the label', () => {
    for (const entry of builtinCatalog.entries.filter((e) => e.kind === 'error')) {
      const message = formatMessage(builtinCatalog, entry.code, { locale: 'en', values: { retryAfterSeconds: 30 } });
      const links = { home: '/', support: '/support', status: 'https://status.example.com/', signIn: '/sign-in' };
      const { root } = render({ message, entry, links, currentHref: '/orders/42', backHref: '/form' });
      const [button, ...more] = buttons(root);
      expect(more, entry.code).toEqual([]);
      expect(button, entry.code).toBeDefined();
      const [label] = button as [string, string];
      const bullets = [...root.querySelectorAll('main li')].map((li) => li.textContent ?? '');
      expect(
        bullets.filter((text) => text.toLowerCase().includes(label.toLowerCase())),
        `${entry.code}: "${label}" repeated as a bullet`,
      ).toEqual([]);
    }
  });

  test('go-back pages go back (to the referring form), not home; without a way back there is no button', () => {
    const validation = builtinCatalog.get('VALIDATION_FAILED');
    const message = formatMessage(builtinCatalog, 'VALIDATION_FAILED', { locale: 'en' });
    expect(buttons(render({ message, entry: validation, backHref: '/sign-up' }).root)).toEqual([['Go back', '/sign-up']]);
    const { root } = render({ message, entry: validation });
    expect(buttons(root)).toEqual([]);
    expect(root.querySelector('main li')!.textContent).toBe('Go back to the form and check your answers.');
  });

  test('support links carry the reference in the configured query parameter', () => {
    const { root } = render({ supportReferenceParam: 'ref', links: { ...props.links, support: 'https://help.example.com/contact?topic=a#form' } });
    expect(root.querySelector('main a[href*="help.example.com"]')!.getAttribute('href')).toBe(
      `https://help.example.com/contact?topic=a&ref=${props.traceId}#form`,
    );
    expect(render().root.querySelector('main a[href*="help.example.com"]')!.getAttribute('href')).toBe('https://help.example.com/');
  });

  test('validation errors are listed as an error summary, linked to their fields on the form', async () => {
    const { markup, root } = render({
      backHref: '/sign-up?step=2',
      errors: [{ path: 'email', message: 'Enter an email address' }, { path: 'a b', message: 'Choose a plan' }, { message: 'Accept the terms' }],
      ui: { ...ui, errorSummary: 'Answers to check' },
    });
    expect(await validateFragment(markup)).toEqual({ valid: true, messages: [] });
    const summary = root.querySelector('[role="alert"]')!;
    expect(summary.querySelector('h2')!.textContent).toBe('Answers to check');
    expect(summary.getAttribute('aria-labelledby')).toBe(summary.querySelector('h2')!.id);
    expect([...summary.querySelectorAll('li')].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null])).toEqual([
      ['Enter an email address', '/sign-up?step=2#email'],
      ['Choose a plan', null],
      ['Accept the terms', null],
    ]);
  });

  test('the help line holds the status link; the reference is a light label', () => {
    const { root } = render();
    const help = [...root.querySelectorAll('main a')].find((a) => a.textContent === ui.statusPage)!;
    expect(help.closest('div')!.textContent).toContain('go to the home page');
    expect(root.querySelector('main code')!.closest('div')!.querySelector('p')!.textContent).toBe(`Reference ${props.traceId}`);
  });

  test('resolves link tags through the links map', () => {
    const { root } = render();
    const links = Object.fromEntries([...root.querySelectorAll('main a')].map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links['Contact support']).toBe('https://help.example.com/');
    expect(links['go to the home page']).toBe('/');
    expect(links['a service we use']).toBe('https://status.example.com/');
  });

  test('the status-page link shows for our failures, not for client errors', () => {
    expect(render().root.textContent).toContain(ui.statusPage);
    expect(render({ entry: entry({ cause: 'client', status: 404, action: 'go-back' }) }).root.textContent).not.toContain(ui.statusPage);
  });

  test('no separate status-page link when a field of the message already links to it', () => {
    const { root } = render({ entry: entry({ links: { description: 'status' } }) });
    expect(root.textContent).not.toContain(ui.statusPage);
    const statusLinks = [...root.querySelectorAll('a')].filter((a) => a.getAttribute('href') === 'https://status.example.com/');
    expect(statusLinks.map((a) => a.textContent)).toEqual(['a service we use']);
  });

  test('retry notice and diagnostics pass through', () => {
    const { root } = render({ retry: { text: 'Try again in 30 seconds.', seconds: 30 }, diagnostics: <pre>trace</pre> });
    expect(root.querySelector('time')!.textContent).toBe('Try again in 30 seconds.');
    expect(root.querySelector('details pre')!.textContent).toBe('trace');
  });
});

describe('primaryActionFor', () => {
  const links = { home: '/home', signIn: '/login?next=%2Forders', back: '/orders', retry: '/orders/42?retry=1' };

  test.each(['retry', 'wait'] as const)('%s tries again: the retry link, else the current path', (action) => {
    expect(primaryActionFor(entry({ action }), ui, links)).toEqual({ label: 'Try again', href: '/orders/42?retry=1' });
    expect(primaryActionFor(entry({ action }), ui, actionLinks({ home: '/home' }, '/orders/42', undefined))).toEqual({
      label: 'Try again',
      href: '/orders/42',
    });
  });

  test('sign-in goes to the sign-in link', () => {
    expect(primaryActionFor(entry({ action: 'sign-in' }), ui, links)).toEqual({ label: 'Sign in', href: '/login?next=%2Forders' });
  });

  test.each(['go-back', 'fix-input'] as const)('%s goes back', (action) => {
    expect(primaryActionFor(entry({ action }), ui, links)).toEqual({ label: 'Go back', href: '/orders' });
  });

  test.each(['contact-support', 'upgrade'] as const)('%s goes home', (action) => {
    expect(primaryActionFor(entry({ action }), ui, links)).toEqual({ label: 'Go to the home page', href: '/home' });
  });

  test('a missing or unsafe target falls back home, and home falls back to /', () => {
    expect(primaryActionFor(entry({ action: 'sign-in' }), ui, { home: '/home', signIn: 'javascript:alert(1)' })).toEqual({
      label: 'Go to the home page',
      href: '/home',
    });
    expect(primaryActionFor(entry({ action: 'retry' }), ui, {})).toEqual({ label: 'Go to the home page', href: '/' });
  });
});
