import { createGlobalThemeContract } from '@vanilla-extract/css';

/**
 * The theme contract. Names are global and stable (`--errata-color-text`, ...) so a brand can be
 * set from outside the JS build (a CDN page, a proxy's static export) and so every package's
 * build agrees on them without sharing hashes.
 *
 * Contrast duties (checked for built-in themes in tests, and for brands by `defineBrand`):
 * - text, mutedText, link, linkVisited on background and surface: >= 4.5:1 (AA), built-in >= 7:1 for text
 * - textOnBrand on brand: >= 4.5:1
 * - focusRing and border on background: >= 3:1 (non-text contrast)
 * - focusText on focusRing background
 * - tone.*.text on tone.*.surface: >= 4.5:1; tone.*.border and tone.*.icon on tone.*.surface: >= 3:1
 */
const tone = (name: string) => ({
  surface: `errata-tone-${name}-surface`,
  border: `errata-tone-${name}-border`,
  text: `errata-tone-${name}-text`,
  icon: `errata-tone-${name}-icon`,
});

export const vars = createGlobalThemeContract({
  color: {
    text: 'errata-color-text',
    mutedText: 'errata-color-muted-text',
    background: 'errata-color-background',
    surface: 'errata-color-surface',
    border: 'errata-color-border',
    link: 'errata-color-link',
    linkVisited: 'errata-color-link-visited',
    focusRing: 'errata-color-focus-ring',
    focusText: 'errata-color-focus-text',
    brand: 'errata-color-brand',
    textOnBrand: 'errata-color-text-on-brand',
  },
  tone: {
    info: tone('info'),
    success: tone('success'),
    warning: tone('warning'),
    critical: tone('critical'),
    degraded: tone('degraded'),
  },
  font: {
    body: 'errata-font-body',
    heading: 'errata-font-heading',
    mono: 'errata-font-mono',
  },
  fontSize: {
    small: 'errata-font-size-small',
    body: 'errata-font-size-body',
    large: 'errata-font-size-large',
    heading: 'errata-font-size-heading',
    display: 'errata-font-size-display',
  },
  lineHeight: {
    body: 'errata-line-height-body',
    heading: 'errata-line-height-heading',
  },
  space: {
    xsmall: 'errata-space-xsmall',
    small: 'errata-space-small',
    medium: 'errata-space-medium',
    large: 'errata-space-large',
    xlarge: 'errata-space-xlarge',
  },
  radius: 'errata-radius',
  focusRingWidth: 'errata-focus-ring-width',
  borderWidth: 'errata-border-width',
  measure: 'errata-measure',
});

export type ThemeVars = typeof vars;
export const tones = ['info', 'success', 'warning', 'critical', 'degraded'] as const;
export type Tone = (typeof tones)[number];
