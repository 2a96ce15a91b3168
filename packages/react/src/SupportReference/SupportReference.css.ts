import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

/** Small print under the page's content: no box, so it never outweighs the main action. */
export const root = style({
  marginBlock: vars.space.large,
  color: vars.color.mutedText,
  fontSize: vars.fontSize.small,
});

export const line = style({
  margin: 0,
});

export const label = style({
  fontWeight: 600,
  color: vars.color.text,
});

export const code = style({
  // Inline-block: sits at the start of the line in either direction, wraps within its own box.
  display: 'inline-block',
  maxInlineSize: '100%',
  paddingInline: vars.space.xsmall,
  borderRadius: vars.radius,
  backgroundColor: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.mono,
  fontSize: vars.fontSize.small,
  // Trace ids are long unbroken strings: let them wrap anywhere rather than scroll at 320px.
  overflowWrap: 'anywhere',
  wordBreak: 'break-all',
  // One click selects the whole id for copying.
  userSelect: 'all',
  '@media': { '(forced-colors: active)': { border: '1px solid CanvasText' } },
});

export const hint = style({
  margin: 0,
  marginBlockStart: vars.space.xsmall,
});
