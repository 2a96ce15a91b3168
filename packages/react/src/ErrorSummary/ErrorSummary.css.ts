import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

/** A box with a thick critical-tone border (not colour alone: the title says what it is). */
export const root = style({
  marginBlock: vars.space.large,
  paddingBlock: vars.space.medium,
  paddingInline: vars.space.medium,
  border: `calc(${vars.borderWidth} * 3) solid ${vars.tone.critical.border}`,
  borderRadius: vars.radius,
  '@media': { '(forced-colors: active)': { borderColor: 'CanvasText' } },
});

export const title = style({
  margin: 0,
  marginBlockEnd: vars.space.small,
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.large,
  fontWeight: 700,
  lineHeight: vars.lineHeight.heading,
});

export const list = style({
  margin: 0,
  paddingInlineStart: vars.space.large,
});

export const item = style({
  marginBlock: vars.space.xsmall,
  overflowWrap: 'anywhere',
});
