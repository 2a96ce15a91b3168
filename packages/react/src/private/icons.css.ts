import { style } from '@vanilla-extract/css';

/** Icons sit on the text baseline at text size and take the text colour. */
export const icon = style({
  display: 'inline-block',
  flexShrink: 0,
  inlineSize: '1.25em',
  blockSize: '1.25em',
  verticalAlign: '-0.25em',
  '@media': {
    // currentColor follows the forced text colour, but say it outright so icons never vanish.
    '(forced-colors: active)': { color: 'CanvasText' },
  },
});

/** For icons that point somewhere (arrows): mirrored when the text runs right to left. */
export const directional = style({
  selectors: { '[dir="rtl"] &': { transform: 'scaleX(-1)' } },
});
