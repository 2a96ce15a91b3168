import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';
import { printColours } from '../private/print.css.js';

/**
 * The reset for a whole error document, scoped to its `<html>` by this class: a host page that
 * only embeds a Banner is never restyled by it.
 */
export const root = style([
  printColours,
  {
    backgroundColor: vars.color.background,
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: '100%',
    lineHeight: vars.lineHeight.body,
    WebkitTextSizeAdjust: '100%',
    textSizeAdjust: '100%',
    '@media': {
      print: { backgroundColor: '#fff', color: '#000' },
    },
  },
]);

globalStyle(`${root}, ${root} *, ${root} *::before, ${root} *::after`, {
  boxSizing: 'border-box',
});

globalStyle(`${root} body`, { margin: 0 });

// No component animates; this guards anything a host adds to the diagnostics slot. `!important`
// because host rules such as `.spinner { animation: ... }` are as specific as `.root *` and would
// otherwise win whenever they come later in the cascade.
globalStyle(`${root} *, ${root} *::before, ${root} *::after`, {
  '@media': {
    '(prefers-reduced-motion: reduce)': {
      animationDuration: '0.01ms !important',
      animationIterationCount: '1 !important',
      transitionDuration: '0.01ms !important',
      scrollBehavior: 'auto',
    },
  },
});
