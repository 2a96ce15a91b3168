import { describe, expect, test } from 'vitest';
import { colourOf, contrastPairs, contrastRatio, formatRatio, themeValues, tones } from './index.js';

describe('contrastRatio', () => {
  // Reference values from the WCAG 2 definition (and WebAIM's checker).
  test.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#0000ff', '#ffffff', 8.59],
    ['rgb(255, 0, 0)', 'white', 4.0],
  ])('%s on %s is %d:1', (fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 1);
  });

  test('is symmetric', () => {
    expect(contrastRatio('#0b3f8f', '#eef4fc')).toBe(contrastRatio('#eef4fc', '#0b3f8f'));
  });

  test('refuses a value that is not a colour', () => {
    expect(() => contrastRatio('not-a-colour', '#fff')).toThrow(/not a colour/);
  });

  test('formatRatio rounds down so a failure never reads as a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(7)).toBe('7.00:1');
  });
});

describe('contrast pairs', () => {
  test('cover every tone surface with its text, icon, border, page text, links and focus ring', () => {
    for (const tone of tones) {
      const onSurface = contrastPairs.filter((p) => p.bg === `tone.${tone}.surface`).map((p) => p.fg);
      expect(onSurface).toEqual(
        expect.arrayContaining([
          `tone.${tone}.text`,
          `tone.${tone}.icon`,
          `tone.${tone}.border`,
          'color.text',
          'color.link',
          'color.linkVisited',
          'color.focusRing',
        ]),
      );
    }
  });

  test('text pairs need 4.5:1 from brands and 7:1 from built-in themes; non-text 3:1', () => {
    for (const p of contrastPairs) {
      expect([p.kind, p.min, p.enhanced]).toEqual(p.kind === 'text' ? ['text', 4.5, 7] : ['non-text', 3, 3]);
    }
  });

  describe.each(Object.entries(themeValues))('built-in theme %s', (_name, values) => {
    test.each(contrastPairs.map((p) => [`${p.fg} on ${p.bg}`, p] as const))('%s', (_label, pair) => {
      const fg = colourOf(values, pair.fg);
      const bg = colourOf(values, pair.bg);
      expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(pair.enhanced);
    });
  });
});
