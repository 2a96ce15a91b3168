import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const root = style({
  fontSize: vars.fontSize.small,
  overflowWrap: 'anywhere',
});

export const heading = style({
  marginBlock: `${vars.space.medium} ${vars.space.small}`,
  fontSize: vars.fontSize.body,
});

export const subheading = style({
  marginBlock: `${vars.space.medium} ${vars.space.xsmall}`,
  fontSize: vars.fontSize.small,
});

export const frame = style({
  margin: `0 0 ${vars.space.medium}`,
});

/** Source and stacks keep their line breaks but wrap rather than scroll the page sideways. */
export const code = style({
  margin: 0,
  padding: vars.space.small,
  border: `${vars.borderWidth} solid ${vars.color.border}`,
  borderRadius: vars.radius,
  fontFamily: vars.font.mono,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
});

/** The failing line: bold and underlined, so it never rests on colour (forced colours drop it). */
export const current = style({
  fontWeight: 700,
  backgroundColor: 'transparent',
  color: 'inherit',
  textDecorationLine: 'underline',
});

export const terms = style({
  margin: 0,
});

globalStyle(`${terms} > dt`, { fontWeight: 700 });
globalStyle(`${terms} > dd`, { marginInlineStart: 0, marginBlockEnd: vars.space.small });
