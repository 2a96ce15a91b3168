import { createGlobalThemeContract } from '@vanilla-extract/css';

/**
 * The theme contract. Names are global and stable (`--errata-color-text`, ...) so a brand can be
 * set from outside the JS build (a CDN page, a proxy's static export) and so every package's
 * build agrees on them without sharing hashes.
 *
 * Contrast duties (`contrastPairs` in contrastPairs.ts is the list the tests, `defineBrand` and
 * the Foundations/Colours story all use). Text pairs: 4.5:1 for brands (AA), 7:1 in the built-in
 * themes (AAA); non-text pairs: 3:1.
 * - text, mutedText, link, linkVisited on background and surface
 * - textOnBrand on brand; focusText on focusRing
 * - tone.*.text, and page text, link and linkVisited, on tone.*.surface (banner copy sits there)
 * - non-text: border on background and surface; focusRing on background, surface and every tone
 *   surface; tone.*.border on its surface and on background; tone.*.icon on its surface
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
