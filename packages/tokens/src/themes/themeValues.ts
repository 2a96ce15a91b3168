import type { ThemeValues } from '../themeTypes.js';
import { dark } from './dark.js';
import { highContrast } from './highContrast.js';
import { light } from './light.js';

export type BuiltinThemeName = 'light' | 'dark' | 'high-contrast';

/** Raw values of every built-in theme (`auto` is light and dark), for contrast tests and stories. */
export const themeValues: Readonly<Record<BuiltinThemeName, ThemeValues>> = {
  light,
  dark,
  'high-contrast': highContrast,
};
