import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

/** Stands in for a host page's own styles in the "Banner on a page" story. */
export const hostPage = style({
  maxInlineSize: '48rem',
  marginInline: 'auto',
  padding: vars.space.medium,
  minBlockSize: '100vh',
  boxSizing: 'border-box',
  backgroundColor: vars.color.background,
  color: vars.color.text,
  fontFamily: vars.font.body,
  lineHeight: vars.lineHeight.body,
});

/** The host page's column of banners: where they sit and the gap between them are the host's. */
export const banners = style({
  display: 'grid',
  gap: vars.space.small,
  marginBlockEnd: vars.space.large,
});
