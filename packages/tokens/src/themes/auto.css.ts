import { assignVars, createGlobalTheme, globalStyle } from '@vanilla-extract/css';
import { makeThemeValues } from '../makeThemeValues.js';
import { themeSelector } from '../themeNames.js';
import { vars } from '../vars.css.js';
import { dark } from './dark.js';
import { light } from './light.js';

/** Light unless the reader's system asks for dark: the same values as the explicit themes. */
const selector = themeSelector('auto');
createGlobalTheme(selector, vars, makeThemeValues(light));
globalStyle(selector, {
  colorScheme: 'light dark',
  '@media': {
    '(prefers-color-scheme: dark)': { vars: assignVars(vars, makeThemeValues(dark)) },
  },
});
