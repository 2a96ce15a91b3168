import { tones, vars } from '@errata/tokens';

/**
 * Custom-property overrides for `@media print`: black on white whatever the theme, so a dark
 * or branded page prints readably and without wasting ink. Spread into a style's `vars`.
 */
export const printVars: Record<string, string> = {
  [vars.color.text]: '#000',
  [vars.color.mutedText]: '#000',
  [vars.color.background]: '#fff',
  [vars.color.surface]: '#fff',
  [vars.color.border]: '#000',
  [vars.color.link]: '#000',
  [vars.color.linkVisited]: '#000',
  [vars.color.brand]: '#000',
  [vars.color.textOnBrand]: '#fff',
  ...Object.fromEntries(
    tones.flatMap((tone) => [
      [vars.tone[tone].surface, '#fff'],
      [vars.tone[tone].border, '#000'],
      [vars.tone[tone].text, '#000'],
      [vars.tone[tone].icon, '#000'],
    ]),
  ),
};
