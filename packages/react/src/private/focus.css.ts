import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

/**
 * The one focus indicator, composed into every focusable element. An outline rather than a
 * box-shadow: forced-colors mode drops box-shadows but keeps (and recolours) outlines, so the
 * ring survives Windows high contrast.
 */
export const focusRing = style({
  selectors: {
    '&:focus-visible': {
      outline: `${vars.focusRingWidth} solid ${vars.color.focusRing}`,
      outlineOffset: vars.focusRingWidth,
    },
  },
  '@media': {
    '(forced-colors: active)': {
      selectors: { '&:focus-visible': { outlineColor: 'Highlight' } },
    },
  },
});
