// A plain module, not a .css.ts file: the banner's own sheet imports these declarations without
// taking the page's `visuallyHidden` class along.
/** The declarations that hide text from sight but not from assistive technology. */
export const visuallyHiddenRules = {
  position: 'absolute',
  inlineSize: '1px',
  blockSize: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
