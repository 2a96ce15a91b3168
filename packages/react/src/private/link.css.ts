import { style } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';
import { linkHoverRules, linkRules } from './declarations.js';
import { focusRing } from './focus.css.js';

/** An inline text link: underlined (never colour alone), theme link colours, shared focus ring. */
export const link = style([
  focusRing,
  {
    color: vars.color.link,
    ...linkRules,
    selectors: {
      '&:visited': { color: vars.color.linkVisited },
      '&:hover': linkHoverRules,
    },
    '@media': {
      // Paper has no hover: print where an absolute link goes.
      print: {
        selectors: { '&[href^="http"]::after': { content: '" (" attr(href) ")"' } },
      },
    },
  },
]);
