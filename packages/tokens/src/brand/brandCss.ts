import { contractDeclarations } from '../cssVarNames.js';
import type { ThemeTokens } from '../makeThemeValues.js';
import { themeSelector, type ThemeName } from '../themeNames.js';

export interface BrandCssInput {
  readonly className: string;
  readonly colors: { readonly scheme: 'light' | 'dark'; readonly tokens: ThemeTokens };
  readonly darkColors?: ThemeTokens;
  /** The high-contrast theme's tokens: a reader who chose high contrast keeps it under a brand. */
  readonly highContrast: ThemeTokens;
}

const block = (selector: string, scheme: 'light' | 'dark', tokens: ThemeTokens, include: (path: string) => boolean): string =>
  `${selector}{color-scheme:${scheme};${contractDeclarations(tokens)
    .filter((d) => include(d.path))
    .map((d) => `${d.property}:${d.value};`)
    .join('')}}`;

const isColour = (path: string): boolean => path.startsWith('color.') || path.startsWith('tone.');
const isHighContrastOnly = (path: string): boolean => isColour(path) || path === 'borderWidth' || path === 'focusRingWidth';

// The brand class on the theme element itself, or on an element inside it.
const within = (theme: ThemeName, cls: string): string => `${themeSelector(theme)}.${cls},${themeSelector(theme)} .${cls}`;

/**
 * The brand's stylesheet: only contract custom properties and `color-scheme`, every value
 * already validated and re-serialised. The base rule doubles the class so it outranks the theme
 * classes (one class each) wherever the two stylesheets end up in the page.
 */
export function brandCss({ className, colors, darkColors, highContrast }: BrandCssInput): string {
  const cls = className;
  const rules = [block(`.${cls}.${cls}`, colors.scheme, colors.tokens, () => true)];
  if (darkColors) {
    rules.push(block(within('dark', cls), 'dark', darkColors, isColour));
    rules.push(`@media (prefers-color-scheme: dark){${block(within('auto', cls), 'dark', darkColors, isColour)}}`);
  }
  rules.push(block(within('high-contrast', cls), 'light', highContrast, isHighContrastOnly));
  return rules.join('\n');
}
