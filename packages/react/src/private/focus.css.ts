import { style } from '@vanilla-extract/css';
import { focusRingRules } from './declarations.js';

/**
 * The one focus indicator, composed into every focusable element. An outline rather than a
 * box-shadow: forced-colors mode drops box-shadows but keeps (and recolours) outlines, so the
 * ring survives Windows high contrast.
 */
export const focusRing = style({
  selectors: {
    '&:focus-visible': focusRingRules,
  },
  '@media': {
    '(forced-colors: active)': {
      selectors: { '&:focus-visible': { outlineColor: 'Highlight' } },
    },
  },
});
