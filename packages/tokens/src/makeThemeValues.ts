import type { ContractValues, ThemeValues } from './themeTypes.js';
import type { ThemeVars } from './vars.css.js';

export type ThemeTokens = ContractValues<ThemeVars>;

const rootFontSize = 16;
const rem = (px: number): string => `${+(px / rootFontSize).toFixed(4)}rem`;
const px = (n: number): string => `${n}px`;

// Generic families and the vendor system-font keywords must stay unquoted: quoted, they name a
// (non-existent) family called "serif".
const unquoted = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'math',
  'emoji',
  'fangsong',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  '-apple-system',
  'BlinkMacSystemFont',
]);

/** Serialises validated family names to a CSS font-family value. */
export function fontStack(families: readonly string[]): string {
  return families.map((f) => (unquoted.has(f) ? f : `"${f}"`)).join(', ');
}

/**
 * The one conversion from raw theme values to contract values, used by every built-in theme
 * and by `defineBrand`, so a brand can never produce a value shape the themes don't.
 */
export function makeThemeValues(raw: ThemeValues): ThemeTokens {
  const u = raw.spaceUnit;
  return {
    color: { ...raw.color },
    tone: {
      info: { ...raw.tone.info },
      success: { ...raw.tone.success },
      warning: { ...raw.tone.warning },
      critical: { ...raw.tone.critical },
      degraded: { ...raw.tone.degraded },
    },
    font: { body: fontStack(raw.font.body), heading: fontStack(raw.font.heading), mono: fontStack(raw.font.mono) },
    fontSize: {
      small: rem(raw.fontSize.small),
      body: rem(raw.fontSize.body),
      large: rem(raw.fontSize.large),
      heading: rem(raw.fontSize.heading),
      display: rem(raw.fontSize.display),
    },
    lineHeight: { body: String(raw.lineHeight.body), heading: String(raw.lineHeight.heading) },
    space: { xsmall: rem(u), small: rem(u * 2), medium: rem(u * 4), large: rem(u * 6), xlarge: rem(u * 10) },
    radius: px(raw.radius),
    focusRingWidth: px(raw.focusRingWidth),
    borderWidth: px(raw.borderWidth),
    measure: `${raw.measure}ch`,
  };
}
