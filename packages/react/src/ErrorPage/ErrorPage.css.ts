import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';
import { focusRing } from '../private/focus.css.js';
import { printColours } from '../private/print.css.js';

export const page = style([
  printColours,
  {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    minBlockSize: '100vh',
    backgroundColor: vars.color.background,
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    '@media': {
      print: { minBlockSize: 0 },
    },
  },
]);

/**
 * Centres content at a comfortable line length; side padding keeps it off the edges at 320px.
 * In rem, not the `ch`-based measure token: `ch` follows each element's own font size, so the
 * small-print footer would get a narrower column than the page.
 */
export const container = style({
  boxSizing: 'border-box',
  inlineSize: '100%',
  maxInlineSize: `calc(40rem + 2 * ${vars.space.large})`,
  marginInline: 'auto',
  paddingInline: vars.space.medium,
  '@media': {
    '(min-width: 30em)': { paddingInline: vars.space.large },
  },
});

export const skipLink = style([
  focusRing,
  {
    position: 'absolute',
    insetInlineStart: vars.space.small,
    insetBlockStart: vars.space.small,
    zIndex: 1,
    paddingBlock: vars.space.xsmall,
    paddingInline: vars.space.small,
    backgroundColor: vars.color.background,
    color: vars.color.link,
    // Off-screen until focused; `transform` keeps it in the accessibility tree and tab order.
    transform: 'translateY(-200%)',
    selectors: { '&:focus': { transform: 'none' } },
    '@media': { print: { display: 'none' } },
  },
]);

export const header = style({
  borderBlockEnd: `${vars.borderWidth} solid ${vars.color.border}`,
  paddingBlock: vars.space.medium,
});

export const brandLink = style([
  focusRing,
  {
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.small,
    color: vars.color.text,
    fontFamily: vars.font.heading,
    fontSize: vars.fontSize.large,
    fontWeight: 700,
    lineHeight: vars.lineHeight.heading,
    textDecoration: 'none',
    overflowWrap: 'anywhere',
    selectors: { '&:hover': { textDecorationLine: 'underline' } },
  },
]);

export const brandName = style({ color: vars.color.text });

export const logo = style({
  display: 'block',
  maxInlineSize: '100%',
  blockSize: 'auto',
  maxBlockSize: '2.5rem',
  inlineSize: 'auto',
});

/** The content alone in a host's layout: spaced like `main`, without its full height. */
export const embedded = style({
  paddingBlock: vars.space.xlarge,
});

export const main = style({
  flex: '1 0 auto',
  paddingBlock: vars.space.xlarge,
  outline: 'none',
});

export const eyebrow = style({
  margin: 0,
  marginBlockStart: vars.space.large,
  color: vars.color.mutedText,
  fontSize: vars.fontSize.small,
  fontWeight: 600,
  letterSpacing: '0.02em',
});

export const title = style({
  marginBlock: `${vars.space.small} ${vars.space.medium}`,
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.heading,
  fontWeight: 700,
  lineHeight: vars.lineHeight.heading,
  overflowWrap: 'break-word',
  hyphens: 'auto',
  '@media': {
    '(min-width: 40em)': { fontSize: vars.fontSize.display },
  },
});

export const description = style({
  fontSize: vars.fontSize.large,
  overflowWrap: 'anywhere',
});

export const paragraph = style({
  marginBlock: `0 ${vars.space.medium}`,
});

export const actions = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.medium,
  marginBlock: vars.space.large,
});

export const primaryAction = style([
  focusRing,
  {
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.small,
    minBlockSize: '2.75rem',
    paddingBlock: vars.space.small,
    paddingInline: vars.space.large,
    backgroundColor: vars.color.brand,
    color: vars.color.textOnBrand,
    // Transparent border: invisible normally, drawn in forced-colors mode where the background is dropped.
    border: `${vars.borderWidth} solid transparent`,
    borderRadius: vars.radius,
    fontWeight: 700,
    textDecoration: 'none',
    overflowWrap: 'anywhere',
    selectors: {
      '&:visited': { color: vars.color.textOnBrand },
      '&:hover': { textDecorationLine: 'underline' },
    },
    '@media': {
      '(forced-colors: active)': { borderColor: 'LinkText', color: 'LinkText' },
      print: { border: '1px solid #000', color: '#000', backgroundColor: '#fff' },
    },
  },
]);

export const alternative = style({
  marginBlock: vars.space.medium,
  overflowWrap: 'anywhere',
});

export const diagnostics = style({
  marginBlock: vars.space.large,
  border: `${vars.borderWidth} solid ${vars.color.border}`,
  borderRadius: vars.radius,
  backgroundColor: vars.color.surface,
});

export const diagnosticsSummary = style([
  focusRing,
  {
    paddingBlock: vars.space.small,
    paddingInline: vars.space.medium,
    cursor: 'pointer',
    fontWeight: 600,
  },
]);

export const diagnosticsBody = style({
  paddingBlock: `0 ${vars.space.medium}`,
  paddingInline: vars.space.medium,
  overflowWrap: 'anywhere',
  fontSize: vars.fontSize.small,
});

export const footer = style({
  borderBlockStart: `${vars.borderWidth} solid ${vars.color.border}`,
  paddingBlock: vars.space.medium,
  color: vars.color.mutedText,
  fontSize: vars.fontSize.small,
  // A long service name (80 characters of German compounds, with WCAG text spacing at 320px)
  // wraps instead of widening the page.
  overflowWrap: 'anywhere',
  hyphens: 'auto',
});

// Stack traces and JSON in the diagnostics slot wrap instead of scrolling the page sideways.
globalStyle(`${diagnosticsBody} pre`, {
  margin: 0,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  fontFamily: vars.font.mono,
});

// Paragraphs passed into the text slots (e.g. by CatalogErrorPage) get the page's rhythm.
globalStyle(`${description} > p, ${alternative} > p`, {
  marginBlock: `0 ${vars.space.medium}`,
});
