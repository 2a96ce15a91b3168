// @vitest-environment jsdom
// The checks every component test leans on must be able to fail.
import { describe, expect, test } from 'vitest';
import { axeViolations, validateDocument, validateFragment } from './react.js';

describe('test helpers', () => {
  test('html-validate reports broken fragments', async () => {
    const result = await validateFragment('<div><p>unclosed</div><a>no href</a><img src="x.png">');
    expect(result.valid).toBe(false);
    expect(result.messages.length).toBeGreaterThan(0);
  });

  test('html-validate reports a document without lang or title', async () => {
    const result = await validateDocument('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>');
    expect(result.valid).toBe(false);
  });

  // (axe's page-has-heading-one does not run under jsdom; the page tests count h1 and main themselves.)
  test('axe reports an image without alt text, and content outside landmarks on a page', async () => {
    expect(await axeViolations('<img src="x.png"/>', { fragment: true })).toEqual([expect.stringMatching(/^image-alt:/)]);
    const page = await axeViolations('<p>No landmarks, no h1</p>', { fragment: false });
    expect(page).toEqual([expect.stringMatching(/^region:/)]);
  });
});
