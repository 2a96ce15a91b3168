import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { vars, type Tone } from '@errata/tokens';
import { byTone } from '../private/byTone.js';
import { printColours } from '../private/print.css.js';
import { focusRingRules, linkHoverRules, linkRules, visuallyHiddenRules } from '../private/declarations.js';

// A banner lives inside someone else's page, so its rules must beat the host's ordinary ones
// (`p { margin: 2em }`, `.prose a { color: hotpink }`, `section { padding: 4rem }`) without the
// host doing anything. Two measures:
// - every rule is scoped under the banner's root class, so each has the specificity of at least
//   two classes (more than any element or `.class element` rule of the host);
// - every element starts from `all: revert` (user-agent values, not the host's), and the rule then
//   sets what the banner needs. `all` leaves custom properties alone, so the theme's tokens still
//   reach every part; it also leaves `direction`, so `dir` works.
// SVG is the exception: `all: revert` would drop its presentation attributes, so icons set their
// paint explicitly instead (see `icon`).
const reset = { all: 'revert' } as const;

/** The banner's outermost element: the scope of every other rule. Carries the theme class too. */
export const root = style([
  printColours,
  {
    ...reset,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.small,
    // No outer margin: where a banner sits (and the gap between two) is the host page's choice.
    margin: 0,
    padding: vars.space.medium,
    // A real border on every side (thicker at the start edge): forced-colors mode drops
    // backgrounds and shadows but repaints borders, so the banner keeps its outline there.
    borderStyle: 'solid',
    borderWidth: vars.borderWidth,
    borderInlineStartWidth: `calc(${vars.borderWidth} * 4)`,
    borderRadius: vars.radius,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.body,
    fontWeight: 400,
    fontStyle: 'normal',
    lineHeight: vars.lineHeight.body,
    letterSpacing: 'normal',
    wordSpacing: 'normal',
    textAlign: 'start',
    textTransform: 'none',
    textIndent: 0,
    whiteSpace: 'normal',
    '@media': {
      '(forced-colors: active)': { borderColor: 'CanvasText' },
    },
  },
]);

const scoped = (rules: Record<string, string | number>) => style({ selectors: { [`${root} &`]: { ...reset, ...rules } } });

/** Colours of the box, one class per tone (on the root). */
export const tone: Record<Tone, string> = styleVariants(
  byTone((t) => ({
    selectors: {
      [`${root}&`]: {
        backgroundColor: vars.tone[t].surface,
        borderColor: vars.tone[t].border,
        color: vars.tone[t].text,
      },
    },
  })),
);

/** The live region: everything that is news (icon, title, body, actions). */
export const live = scoped({
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space.small,
  flex: '1 1 auto',
  minInlineSize: 0,
});

const iconBase = {
  display: 'block',
  flex: '0 0 auto',
  inlineSize: '1.5rem',
  blockSize: '1.5rem',
  margin: 0,
  marginBlockStart: '0.05em',
  fill: 'none',
  stroke: 'currentColor',
  overflow: 'visible',
} as const;

/** The kind icon, coloured by tone. Not reset with `all` (that would drop its SVG attributes). */
export const icon: Record<Tone, string> = styleVariants(
  byTone((t) => ({
    selectors: { [`${root} &`]: { ...iconBase, color: vars.tone[t].icon } },
    '@media': { '(forced-colors: active)': { selectors: { [`${root} &`]: { color: 'CanvasText' } } } },
  })),
);

// Shapes inside icons: a host's `svg path { fill: red }` must not paint them (every glyph is a line
// drawing: stroke only).
globalStyle(`${root} svg *`, { fill: 'none', stroke: 'currentColor', visibility: 'visible', opacity: 1 });

export const content = scoped({
  display: 'block',
  flex: '1 1 auto',
  minInlineSize: 0,
  overflowWrap: 'anywhere',
});

export const title = scoped({
  display: 'block',
  margin: 0,
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.body,
  fontWeight: 700,
  lineHeight: vars.lineHeight.heading,
  color: 'inherit',
});

/** Everything under the title (text passed in as children). */
export const body = scoped({
  display: 'block',
  margin: 0,
  marginBlockStart: vars.space.xsmall,
  color: 'inherit',
});

/** A paragraph of the banner's text. */
export const text = scoped({
  display: 'block',
  margin: 0,
  color: 'inherit',
});
globalStyle(`${root} ${text} + ${text}`, { marginBlockStart: vars.space.xsmall });

/** Small print: the help line under the main text. */
export const secondary = scoped({
  display: 'block',
  margin: 0,
  marginBlockStart: vars.space.small,
  fontSize: vars.fontSize.small,
  color: 'inherit',
});

/** The banner's own action (one link), under the text. */
export const action = scoped({
  display: 'block',
  margin: 0,
  marginBlockStart: vars.space.small,
  fontWeight: 600,
});

/**
 * Links take the tone's text colour (page-link blue on a tinted surface reads as another
 * component); tone text meets 7:1 on its surface in every built-in theme, and the underline marks
 * the link. The focus ring is the shared one, restated under the scope.
 */
export const link = style({
  selectors: {
    [`${root} &`]: {
      ...reset,
      color: 'inherit',
      ...linkRules,
      cursor: 'pointer',
    },
    [`${root} &:visited`]: { color: 'inherit' },
    [`${root} &:hover`]: linkHoverRules,
    [`${root} &:focus-visible`]: focusRingRules,
  },
  '@media': {
    '(forced-colors: active)': { selectors: { [`${root} &:focus-visible`]: { outlineColor: 'Highlight' } } },
  },
});

/** Words for assistive technology only, e.g. "Warning:" before the title. */
export const hidden = scoped(visuallyHiddenRules);

export const dismiss = style({
  selectors: {
    [`${root} &`]: {
      ...reset,
      flex: '0 0 auto',
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      // 44px target (WCAG 2.5.5) without growing the banner: pull it into the padding.
      minInlineSize: '2.75rem',
      minBlockSize: '2.75rem',
      marginBlock: `calc(${vars.space.small} * -1)`,
      marginInlineEnd: `calc(${vars.space.small} * -1)`,
      color: 'inherit',
      borderRadius: vars.radius,
      cursor: 'pointer',
    },
    // A tint of the text colour, so hover shows on light and dark tone surfaces alike.
    [`${root} &:hover`]: { backgroundColor: 'color-mix(in srgb, currentColor 12%, transparent)' },
    [`${root} &:focus-visible`]: focusRingRules,
  },
  '@media': {
    '(forced-colors: active)': { selectors: { [`${root} &:focus-visible`]: { outlineColor: 'Highlight' } } },
    print: { selectors: { [`${root} &`]: { display: 'none' } } },
  },
});

/** The dismiss cross. */
export const dismissIcon = style({
  selectors: { [`${root} &`]: { ...iconBase, inlineSize: '1.25rem', blockSize: '1.25rem', marginBlockStart: 0, color: 'inherit' } },
});
