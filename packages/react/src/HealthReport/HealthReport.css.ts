import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const summary = style({
  marginBlock: vars.space.medium,
  fontSize: vars.fontSize.large,
});
