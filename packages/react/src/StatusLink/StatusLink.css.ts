import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

// It sits in the help line under the other ways forward, with the same rhythm as their paragraphs.
export const root = style({
  marginBlock: `0 ${vars.space.medium}`,
});
