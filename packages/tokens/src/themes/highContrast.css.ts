import { createGlobalTheme, globalStyle } from '@vanilla-extract/css';
import { makeThemeValues } from '../makeThemeValues.js';
import { themeSelector } from '../themeNames.js';
import { vars } from '../vars.css.js';
import { highContrast } from './highContrast.js';

const selector = themeSelector('high-contrast');
createGlobalTheme(selector, vars, makeThemeValues(highContrast));
globalStyle(selector, { colorScheme: highContrast.colorScheme });
