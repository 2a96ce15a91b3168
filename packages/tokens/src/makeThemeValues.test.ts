import { describe, expect, test } from 'vitest';
import { fontStack, makeThemeValues, themeValues } from './index.js';

describe('makeThemeValues', () => {
  const raw = themeValues.light;
  const out = makeThemeValues({
    ...raw,
    spaceUnit: 4,
    fontSize: { small: 14, body: 16, large: 20, heading: 28, display: 40 },
    radius: 6,
    focusRingWidth: 3,
    borderWidth: 1,
    measure: 60,
  });

  test('sizes become rem so the reader’s font size scales them', () => {
    expect(out.fontSize).toEqual({ small: '0.875rem', body: '1rem', large: '1.25rem', heading: '1.75rem', display: '2.5rem' });
  });

  test('spacing is a scale of the unit: 1, 2, 4, 6, 10', () => {
    expect(out.space).toEqual({ xsmall: '0.25rem', small: '0.5rem', medium: '1rem', large: '1.5rem', xlarge: '2.5rem' });
  });

  test('borders, radius and the focus ring stay in px; measure in ch', () => {
    expect([out.radius, out.borderWidth, out.focusRingWidth, out.measure]).toEqual(['6px', '1px', '3px', '60ch']);
  });

  test('colours pass through unchanged', () => {
    expect(out.color).toEqual(raw.color);
    expect(out.tone.critical).toEqual(raw.tone.critical);
  });

  test('generic families stay unquoted, named families are quoted', () => {
    expect(fontStack(['system-ui', '-apple-system', 'Segoe UI', 'sans-serif'])).toBe('system-ui, -apple-system, "Segoe UI", sans-serif');
  });
});

describe('built-in themes', () => {
  test('use system font stacks only, ending in a generic family', () => {
    for (const theme of Object.values(themeValues)) {
      for (const stack of Object.values(theme.font)) expect(['sans-serif', 'serif', 'monospace']).toContain(stack[stack.length - 1]);
    }
  });

  test('high contrast is black and white with thicker borders and focus ring', () => {
    const hc = themeValues['high-contrast'];
    expect([hc.color.text, hc.color.background]).toEqual(['#000000', '#ffffff']);
    expect(hc.borderWidth).toBeGreaterThanOrEqual(2 * themeValues.light.borderWidth);
    expect(hc.focusRingWidth).toBeGreaterThan(themeValues.light.focusRingWidth);
  });
});
