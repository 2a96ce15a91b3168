import { parse, wcagContrast } from './colour.js';

/**
 * WCAG 2 contrast ratio (relative luminance) of two colours, 1..21. Colours are parsed by
 * culori; an unparseable colour throws, because a ratio for it would be meaningless.
 */
export function contrastRatio(fg: string, bg: string): number {
  const a = parse(fg);
  const b = parse(bg);
  if (!a) throw new TypeError(`not a colour: ${JSON.stringify(fg)}`);
  if (!b) throw new TypeError(`not a colour: ${JSON.stringify(bg)}`);
  return wcagContrast(a, b);
}

/**
 * `4.49:1`. Rounded down, so a ratio that fails its minimum is never displayed as meeting it.
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
