import { style } from '@vanilla-extract/css';
import { visuallyHiddenRules } from './declarations.js';

/** Text for assistive technology only (still read, still translated, still selectable). */
export const visuallyHidden = style(visuallyHiddenRules);
