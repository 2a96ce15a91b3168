// Theme stylesheets, in cascade order: the explicit themes, then `auto`, then the forced-colors
// overrides that must win over all of them. Importing them puts their CSS in dist/index.css.
import './themes/light.css.js';
import './themes/dark.css.js';
import './themes/highContrast.css.js';
import './themes/auto.css.js';
import './themes/forcedColors.css.js';

export { vars, tones } from './vars.css.js';
export type { ThemeVars, Tone } from './vars.css.js';
export { themeNames, themeClass } from './themeNames.js';
export type { ThemeName } from './themeNames.js';
export { themeValues } from './themes/themeValues.js';
export type { BuiltinThemeName } from './themes/themeValues.js';
export { colourRoles, toneRoles } from './themeTypes.js';
export type { ColourRole, ToneRole, ColourToken, ThemeValues, Palette, TonePalette } from './themeTypes.js';
export { makeThemeValues, fontStack } from './makeThemeValues.js';
export type { ThemeTokens } from './makeThemeValues.js';
export { contrastPairs, colourOf } from './contrastPairs.js';
export type { ContrastPair } from './contrastPairs.js';
export { contrastRatio, formatRatio } from './contrast.js';
export { defineBrand } from './brand/defineBrand.js';
export { BrandError } from './brand/BrandError.js';
export { exampleBrand } from './brand/exampleBrand.js';
export type { Brand, BrandInput, BrandLogo, BrandPalette } from './brand/types.js';
