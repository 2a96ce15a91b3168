import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const root = style({
  marginBlock: vars.space.medium,
});
