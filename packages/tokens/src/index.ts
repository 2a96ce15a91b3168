export { vars, tones } from './vars.css.js';
export type { ThemeVars, Tone } from './vars.css.js';
