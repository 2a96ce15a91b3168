import type { ThemeValues } from '../themeTypes.js';

/**
 * What every built-in theme shares: system font stacks (no web fonts, so a failing service
 * sends a complete page in one response), a type scale and spacing. Themes differ in colour and,
 * for high contrast, in border and focus-ring weight.
 */
export const systemFonts = {
  body: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', 'Helvetica Neue', 'Arial', 'sans-serif'],
  mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'Liberation Mono', 'monospace'],
} as const;

export const foundation = {
  font: { body: systemFonts.body, heading: systemFonts.body, mono: systemFonts.mono },
  fontSize: { small: 14, body: 16, large: 19, heading: 28, display: 36 },
  lineHeight: { body: 1.5, heading: 1.25 },
  spaceUnit: 4,
  radius: 6,
  borderWidth: 1,
  focusRingWidth: 3,
  measure: 65,
} satisfies Omit<ThemeValues, 'colorScheme' | 'color' | 'tone'>;
