// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { RichText } from '../private/contracts.js';
import { parseFragment } from '../private/testing.js';
import { RichTextView } from './RichTextView.js';

const render = (text: RichText, links: Record<string, string> = {}) => parseFragment(renderToStaticMarkup(<RichTextView text={text} links={links} />));

describe('RichTextView', () => {
  test('strings are text and link parts become links to the configured URL', () => {
    const root = render(['Go to ', { tag: 'home', children: 'the home page' }, ' or ', { tag: 'support', children: 'contact us' }, '.'], {
      home: '/',
      support: 'https://help.example.com/contact',
    });
    expect(root.textContent).toBe('Go to the home page or contact us.');
    expect([...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['the home page', '/'],
      ['contact us', 'https://help.example.com/contact'],
    ]);
  });

  test('a link with no configured URL keeps its words as plain text', () => {
    const root = render(['Check the ', { tag: 'status', children: 'status page' }, '.']);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('Check the status page.');
  });

  test('an unsafe URL keeps the words and drops the link', () => {
    const root = render([{ tag: 'support', children: 'contact us' }], { support: 'javascript:alert(1)' });
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('contact us');
  });

  test('tags that are not own keys of links (prototype names) are plain text', () => {
    const root = render(
      [
        { tag: 'constructor' as 'home', children: 'x' },
        { tag: '__proto__' as 'home', children: 'y' },
      ],
      { home: '/' },
    );
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('xy');
  });

  test('malformed parts are skipped instead of crashing', () => {
    const text = ['a', 42, null, { tag: 'home' }, { children: 'b' }, 'c'] as unknown as RichText;
    expect(render(text, { home: '/' }).textContent).toBe('ac');
    expect(renderToStaticMarkup(<RichTextView text={'oops' as unknown as RichText} links={{}} />)).toBe('');
  });
});
