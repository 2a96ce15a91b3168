import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const root = style({ marginBlock: vars.space.large });

export const heading = style({
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.large,
  lineHeight: vars.lineHeight.heading,
  marginBlock: `0 ${vars.space.small}`,
});

export const list = style({
  margin: 0,
  paddingInlineStart: vars.space.large,
});

export const item = style({
  marginBlockEnd: vars.space.small,
  paddingInlineStart: vars.space.xsmall,
  overflowWrap: 'anywhere',
  selectors: { '&:last-child': { marginBlockEnd: 0 } },
});
