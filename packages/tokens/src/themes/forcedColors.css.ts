import { globalStyle } from '@vanilla-extract/css';
import { tones, vars } from '../vars.css.js';

/**
 * Windows high contrast (`forced-colors: active`): the browser repaints colour properties
 * with system colours, but not everything (SVG `fill`, colours used inside gradients or
 * shadows). Pointing every colour token at the matching system colour keeps icons, borders and
 * the focus ring in the user's palette wherever a component uses a token. `!important` so a
 * brand's declarations on the same element cannot take them back.
 */
const system = (value: string): string => `${value} !important`;

const toneVars = Object.fromEntries(
  tones.flatMap((tone) => [
    [vars.tone[tone].surface, system('Canvas')],
    [vars.tone[tone].border, system('CanvasText')],
    [vars.tone[tone].text, system('CanvasText')],
    [vars.tone[tone].icon, system('CanvasText')],
  ]),
);

// Every theme and brand class by prefix: one short selector that also lets each per-theme
// stylesheet (src/sheets) carry this block without naming the other themes.
const selectors = '[class*="errata-theme-"], [class*="errata-brand-"]';

globalStyle(selectors, {
  '@media': {
    '(forced-colors: active)': {
      vars: {
        [vars.color.text]: system('CanvasText'),
        [vars.color.mutedText]: system('CanvasText'),
        [vars.color.background]: system('Canvas'),
        [vars.color.surface]: system('Canvas'),
        [vars.color.border]: system('CanvasText'),
        [vars.color.link]: system('LinkText'),
        [vars.color.linkVisited]: system('VisitedText'),
        [vars.color.focusRing]: system('Highlight'),
        [vars.color.focusText]: system('HighlightText'),
        [vars.color.brand]: system('Canvas'),
        [vars.color.textOnBrand]: system('CanvasText'),
        ...toneVars,
      },
    },
  },
});
