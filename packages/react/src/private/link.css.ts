import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';
import { focusRing } from './focus.css.js';

/** An inline text link: underlined (never colour alone), theme link colours, shared focus ring. */
export const link = style([
  focusRing,
  {
    color: vars.color.link,
    textDecorationLine: 'underline',
    textDecorationThickness: '1px',
    textUnderlineOffset: '0.2em',
    overflowWrap: 'anywhere',
    selectors: {
      '&:visited': { color: vars.color.linkVisited },
      '&:hover': { textDecorationThickness: '2px' },
    },
    '@media': {
      // Paper has no hover: print where an absolute link goes.
      print: {
        selectors: { '&[href^="http"]::after': { content: '" (" attr(href) ")"' } },
      },
    },
  },
]);

/** A link on a tone surface (banner): takes the tone's text colour, which meets contrast there. */
export const inheritColourLink = style([link, { color: 'inherit', selectors: { '&:visited': { color: 'inherit' } } }]);
