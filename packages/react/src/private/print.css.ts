import { style } from '@vanilla-extract/css';
import { printVars } from './print.js';

/**
 * The print palette as one class, composed into every root that may print on its own (the
 * document, a page, a banner on a host page). The ~30 overrides are then written once in the
 * stylesheet instead of once per root, which the inlined page CSS pays for on every response.
 */
export const printColours = style({
  '@media': { print: { vars: printVars } },
});
