import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const root = style({
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space.small,
  marginBlock: vars.space.medium,
  color: vars.color.text,
  fontWeight: 600,
});

export const icon = style({
  color: vars.color.mutedText,
  marginBlockStart: '0.1em',
});
