import { vars } from './index.js';
import { expect, test } from 'vitest';
test('contract names are stable custom properties', () => {
  expect(vars.color.text).toBe('var(--errata-color-text)');
});
