import { createGlobalTheme, globalStyle } from '@vanilla-extract/css';
import { contractDeclarations } from '../cssVarNames.js';
import { makeThemeValues } from '../makeThemeValues.js';
import { themeSelector } from '../themeNames.js';
import { vars } from '../vars.css.js';
import { dark } from './dark.js';
import { light } from './light.js';

/** Light unless the reader's system asks for dark: the same values as the explicit themes. */
const selector = themeSelector('auto');
createGlobalTheme(selector, vars, makeThemeValues(light));

// Light and dark share type, spacing and widths, so the dark switch carries colours only: the
// stylesheet is inlined in every error page, and this halves the block.
const darkColours = Object.fromEntries(
  contractDeclarations(makeThemeValues(dark))
    .filter((d) => d.path.startsWith('color.') || d.path.startsWith('tone.'))
    .map((d) => [d.property, d.value]),
);

globalStyle(selector, {
  colorScheme: 'light dark',
  '@media': {
    '(prefers-color-scheme: dark)': { vars: darkColours },
  },
});
