/** The built-in themes; `auto` follows the reader's light or dark setting. */
export const themeNames = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type ThemeName = (typeof themeNames)[number];

/**
 * Stable global class per built-in theme, set on the page's root element. Global, not hashed,
 * so a server, a CDN page or a Storybook decorator can name a theme without the JS build.
 */
export const themeClass: Readonly<Record<ThemeName, string>> = {
  light: 'errata-theme-light',
  dark: 'errata-theme-dark',
  'high-contrast': 'errata-theme-high-contrast',
  auto: 'errata-theme-auto',
};

/** Selector for a theme class, used by the theme stylesheets and brand CSS. */
export const themeSelector = (name: ThemeName): string => `.${themeClass[name]}`;
