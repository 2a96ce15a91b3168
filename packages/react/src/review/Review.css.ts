import { globalStyle, style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';
import { focusRing } from '../private/focus.css.js';
import { link as textLink } from '../private/link.css.js';

// The copy review site's styles (`errata review`): only in @errata/react/review's sheet, never in
// the page or banner sheets a server sends.

export const root = style({
  backgroundColor: vars.color.background,
  color: vars.color.text,
  fontFamily: vars.font.body,
  fontSize: '100%',
  lineHeight: vars.lineHeight.body,
});
globalStyle(`${root} body`, { margin: 0 });
globalStyle(`${root}, ${root} *, ${root} *::before, ${root} *::after`, { boxSizing: 'border-box' });

export const skipLink = style([
  focusRing,
  {
    position: 'absolute',
    insetInlineStart: vars.space.small,
    insetBlockStart: vars.space.small,
    padding: vars.space.xsmall,
    backgroundColor: vars.color.background,
    color: vars.color.link,
    transform: 'translateY(-200%)',
    selectors: { '&:focus': { transform: 'none' } },
  },
]);

export const bar = style({
  borderBlockEnd: `${vars.borderWidth} solid ${vars.color.border}`,
  paddingBlock: vars.space.small,
  paddingInline: vars.space.medium,
});

export const main = style({
  paddingBlock: vars.space.large,
  paddingInline: vars.space.medium,
  maxInlineSize: '90rem',
  marginInline: 'auto',
  overflowWrap: 'break-word',
});

export const link = textLink;

export const filters = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space.large,
  marginBlock: vars.space.large,
});

export const filterGroup = style({ minInlineSize: '12rem' });

export const list = style({ margin: 0, paddingInlineStart: vars.space.large });

export const scroller = style([focusRing, { overflowX: 'auto', marginBlockEnd: vars.space.large }]);

export const table = style({ borderCollapse: 'collapse', inlineSize: '100%' });

export const caption = style({ textAlign: 'start', fontWeight: 700, paddingBlockEnd: vars.space.small });

export const cell = style({
  border: `${vars.borderWidth} solid ${vars.color.border}`,
  padding: vars.space.xsmall,
  verticalAlign: 'top',
  textAlign: 'start',
});

export const muted = style({ color: vars.color.mutedText });

export const facts = style({
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  gap: `${vars.space.xsmall} ${vars.space.medium}`,
});
globalStyle(`${facts} dt`, { fontWeight: 700 });
globalStyle(`${facts} dd`, { margin: 0 });

export const source = style({ whiteSpace: 'pre-wrap' });

export const code = style({ fontFamily: vars.font.mono });

export const finding = style({ marginBlockEnd: vars.space.small });

export const preview = style({
  display: 'block',
  inlineSize: '100%',
  blockSize: '48rem',
  border: `${vars.borderWidth} solid ${vars.color.border}`,
});
