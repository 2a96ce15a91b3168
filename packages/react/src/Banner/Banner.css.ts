import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { vars, type Tone } from '@errata/tokens';
import { byTone } from '../private/byTone.js';
import { focusRing } from '../private/focus.css.js';
import { printColours } from '../private/print.css.js';

const base = style([
  printColours,
  {
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.small,
    marginBlock: vars.space.medium,
    paddingBlock: vars.space.medium,
    paddingInline: vars.space.medium,
    // A real border on every side (thicker at the start edge): forced-colors mode drops
    // backgrounds and shadows but repaints borders, so the banner keeps its outline there.
    borderStyle: 'solid',
    borderWidth: vars.borderWidth,
    borderInlineStartWidth: `calc(${vars.borderWidth} * 4)`,
    borderRadius: vars.radius,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    '@media': {
      '(forced-colors: active)': { borderColor: 'CanvasText' },
    },
  },
]);

const toneStyle = (tone: Tone) =>
  style([
    base,
    {
      backgroundColor: vars.tone[tone].surface,
      borderColor: vars.tone[tone].border,
      color: vars.tone[tone].text,
    },
  ]);

/** The banner box, one class per tone. */
export const banner: Record<Tone, string> = styleVariants(byTone((tone) => [toneStyle(tone)]));

export const icon: Record<Tone, string> = styleVariants(
  byTone((tone) => ({
    color: vars.tone[tone].icon,
    marginBlockStart: '0.1em',
    '@media': { '(forced-colors: active)': { color: 'CanvasText' } },
  })),
);

/** The live region: everything that is news (icon, title, body, action). */
export const live = style({
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space.small,
  flex: '1 1 auto',
  minInlineSize: 0,
});

export const content = style({
  flex: '1 1 auto',
  minInlineSize: 0,
  overflowWrap: 'anywhere',
});

export const title = style({
  margin: 0,
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.body,
  fontWeight: 700,
  lineHeight: vars.lineHeight.heading,
});

export const body = style({
  marginBlockStart: vars.space.xsmall,
});

// Links in the body take the tone's text colour, like the banner's own action link: page-link
// blue on a tinted surface reads as a different component. Tone text meets 7:1 on its surface in
// every built-in theme (tokens' contrast pairs), and the underline still marks the link.
globalStyle(`${body} a`, {
  color: 'inherit',
});

export const paragraph = style({ margin: 0 });

export const action = style({
  margin: 0,
  marginBlockStart: vars.space.small,
  fontWeight: 600,
});

export const dismiss = style([
  focusRing,
  {
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
    // A tint of the text colour, so hover shows on light and dark tone surfaces alike.
    selectors: { '&:hover': { backgroundColor: 'color-mix(in srgb, currentColor 12%, transparent)' } },
    '@media': { print: { display: 'none' } },
  },
]);
