import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const root = style({
  marginBlock: vars.space.large,
  paddingBlock: vars.space.medium,
  paddingInline: vars.space.medium,
  backgroundColor: vars.color.surface,
  color: vars.color.text,
  border: `${vars.borderWidth} solid ${vars.color.border}`,
  borderRadius: vars.radius,
});

export const label = style({
  margin: 0,
  fontWeight: 700,
});

export const codeLine = style({
  marginBlock: vars.space.xsmall,
});

export const code = style({
  // Inline-block: sits at the start of the line in either direction, wraps within its own box.
  display: 'inline-block',
  maxInlineSize: '100%',
  fontFamily: vars.font.mono,
  fontSize: vars.fontSize.body,
  // Trace ids are long unbroken strings: let them wrap anywhere rather than scroll at 320px.
  overflowWrap: 'anywhere',
  wordBreak: 'break-all',
  // One click selects the whole id for copying.
  userSelect: 'all',
});

export const hint = style({
  margin: 0,
  color: vars.color.mutedText,
  fontSize: vars.fontSize.small,
});
