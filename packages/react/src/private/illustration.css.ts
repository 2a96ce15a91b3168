import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';

export const illustration = style({
  display: 'block',
  inlineSize: '5.5rem',
  blockSize: '5.5rem',
  color: vars.color.brand,
  '@media': {
    '(forced-colors: active)': { color: 'CanvasText' },
    print: { display: 'none' },
  },
});

/** The disc behind the glyph: a quiet surface, so the line drawing carries the contrast. */
export const backdrop = style({
  fill: vars.color.surface,
  stroke: 'none',
  '@media': { '(forced-colors: active)': { fill: 'Canvas' } },
});
