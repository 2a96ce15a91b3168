import { createGlobalTheme, globalStyle } from '@vanilla-extract/css';
import { makeThemeValues } from '../makeThemeValues.js';
import { themeSelector } from '../themeNames.js';
import { vars } from '../vars.css.js';
import { light } from './light.js';

const selector = themeSelector('light');
createGlobalTheme(selector, vars, makeThemeValues(light));
// Form controls, scrollbars and the canvas follow the theme too.
globalStyle(selector, { colorScheme: light.colorScheme });
