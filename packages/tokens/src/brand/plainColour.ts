import { formatHex, parse } from '../colour.js';

// Anything that could end a declaration, open a block, a comment, a string or a function that
// fetches or evaluates. Checked before parsing so no parser leniency can let it through.
const unsafe = /[;{}"'`\\<>!@\n\r\t\f\v\0]|\/\*|\*\/|url\s*\(|expression\s*\(|var\s*\(/i;
const hex = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const colourFunction = /^(?:rgba?|hsla?)\(\s*[-+0-9.e%a-z\s,/]*\)$/i;
const name = /^[a-z]{3,24}$/i;

export type PlainColour = { ok: true; hex: string } | { ok: false; reason: string };

const show = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/**
 * Accepts a plain, opaque colour (hex, `rgb()`, `hsl()` or a CSS colour name) and returns it as
 * hex, so what reaches CSS is always `#rrggbb` whatever was typed. Everything else is refused
 * with the reason.
 */
export function plainColour(value: unknown): PlainColour {
  if (typeof value !== 'string') return { ok: false, reason: `must be a colour string, got ${value === null ? 'null' : typeof value}` };
  const v = value.trim();
  const refuse: PlainColour = { ok: false, reason: `${show(value)} is not a plain colour (use hex, rgb(), hsl() or a colour name)` };
  if (v.length === 0 || v.length > 64 || unsafe.test(v)) return refuse;
  if (!hex.test(v) && !colourFunction.test(v) && !name.test(v)) return refuse;
  const parsed = parse(v);
  if (!parsed) return refuse;
  // Contrast of a see-through colour depends on what is behind it, so it cannot be checked.
  if (parsed.alpha !== undefined && parsed.alpha < 1)
    return { ok: false, reason: `${show(value)} is not opaque; contrast can only be checked for opaque colours` };
  return { ok: true, hex: formatHex(parsed) };
}
