import { vars } from '@errata/tokens';

// Declarations shared by the page's classes and the banner's scoped sheet. A plain module, not a
// .css.ts file: the banner sheet imports these without taking the page's classes along.

/** Hides text from sight but not from assistive technology. */
export const visuallyHiddenRules = {
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** An inline text link: underlined, never colour alone; long URLs wrap. Thicker on hover. */
export const linkRules = {
  textDecorationLine: 'underline',
  textDecorationThickness: '1px',
  textUnderlineOffset: '0.2em',
  overflowWrap: 'anywhere',
} as const;
export const linkHoverRules = { textDecorationThickness: '2px' } as const;

/** The one focus indicator: an outline, which forced-colors mode keeps (and recolours to Highlight). */
export const focusRingRules = { outline: `${vars.focusRingWidth} solid ${vars.color.focusRing}`, outlineOffset: vars.focusRingWidth } as const;
