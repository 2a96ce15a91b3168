import { createGlobalTheme, globalStyle } from '@vanilla-extract/css';
import { makeThemeValues } from '../makeThemeValues.js';
import { themeSelector } from '../themeNames.js';
import { vars } from '../vars.css.js';
import { dark } from './dark.js';

const selector = themeSelector('dark');
createGlobalTheme(selector, vars, makeThemeValues(dark));
globalStyle(selector, { colorScheme: dark.colorScheme });
