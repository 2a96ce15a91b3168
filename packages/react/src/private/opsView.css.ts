import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { vars } from '@errata/tokens';
import { printColours } from './print.css.js';

// Shared by the engineer-facing views (HealthReport, TriageTable, TriageEvent): a page body, a
// wider column than an error page (tables), data tables and status marks.

export const page = style([
  printColours,
  {
    boxSizing: 'border-box',
    minBlockSize: '100vh',
    paddingBlock: vars.space.large,
    paddingInline: vars.space.medium,
    backgroundColor: vars.color.background,
    color: vars.color.text,
    fontFamily: vars.font.body,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    '@media': { print: { minBlockSize: 0 } },
  },
]);

export const column = style({
  maxInlineSize: '64rem',
  marginInline: 'auto',
});

export const heading = style({
  marginBlock: `0 ${vars.space.medium}`,
  // Codes such as DEPENDENCY_FAILED are one long word at heading size: wrap them at 320 px.
  overflowWrap: 'anywhere',
  fontFamily: vars.font.heading,
  fontSize: vars.fontSize.heading,
  lineHeight: vars.lineHeight.heading,
});

export const subheading = style({
  marginBlock: `${vars.space.large} ${vars.space.small}`,
  fontSize: vars.fontSize.large,
});

/** Scrolls sideways inside itself at 320 px rather than widening the page (WCAG reflow exception for data tables). */
export const tableWrap = style({
  // The containing block of the visually hidden link text in the cells, so it scrolls with the
  // table instead of widening the page.
  position: 'relative',
  overflowX: 'auto',
  marginBlock: vars.space.medium,
});

export const table = style({
  borderCollapse: 'collapse',
  inlineSize: '100%',
  fontSize: vars.fontSize.small,
});

globalStyle(`${table} caption`, { textAlign: 'start', fontWeight: 700, paddingBlockEnd: vars.space.small });
globalStyle(`${table} th, ${table} td`, {
  textAlign: 'start',
  verticalAlign: 'top',
  paddingBlock: vars.space.xsmall,
  paddingInline: vars.space.small,
  borderBlockEnd: `${vars.borderWidth} solid ${vars.color.border}`,
});

export const mono = style({ fontFamily: vars.font.mono, overflowWrap: 'anywhere' });

export const muted = style({ color: vars.color.mutedText });

export const terms = style({ margin: 0 });
globalStyle(`${terms} > dt`, { fontWeight: 700 });
globalStyle(`${terms} > dd`, { marginInlineStart: 0, marginBlockEnd: vars.space.small, overflowWrap: 'anywhere' });

export type StatusMark = 'pass' | 'warn' | 'fail';
const markTone = { pass: 'success', warn: 'warning', fail: 'critical' } as const;

/** A status word on its tone's surface, bordered so forced colours keep its outline; the word carries the meaning, never the colour alone. */
export const mark = styleVariants(markTone, (tone) => ({
  display: 'inline-block',
  paddingInline: vars.space.xsmall,
  borderRadius: vars.radius,
  border: `${vars.borderWidth} solid ${vars.tone[tone].border}`,
  backgroundColor: vars.tone[tone].surface,
  color: vars.tone[tone].text,
  fontWeight: 700,
}));
