/**
 * Pre-rendered markup with named holes. Sentinels use private-use code points that React leaves
 * alone when escaping, so they survive rendering; per request, each hole gets an escaped value.
 */
export type Slot = 'title' | 'description' | 'alternative' | 'retry' | 'trace' | 'diagnostics' | 'nonce' | 'path' | `step${number}`;

const open = '\uE000errata:';
const close = '\uE001';

export function sentinel(slot: Slot): string {
  return `${open}${slot}${close}`;
}

export interface Template {
  /** Literal markup and slot names, alternating: literal, slot, literal, ... literal. */
  readonly parts: readonly string[];
  /** UTF-8 size of all literal parts: Content-Length then costs only the per-request values. */
  readonly literalBytes: number;
}

export function compileTemplate(markup: string): Template {
  const parts: string[] = [];
  let rest = markup;
  for (;;) {
    const start = rest.indexOf(open);
    if (start === -1) break;
    const end = rest.indexOf(close, start);
    if (end === -1) break;
    parts.push(rest.slice(0, start), rest.slice(start + open.length, end));
    rest = rest.slice(end + close.length);
  }
  parts.push(rest);
  let literalBytes = 0;
  for (let i = 0; i < parts.length; i += 2) literalBytes += Buffer.byteLength(parts[i] ?? '');
  return { parts, literalBytes };
}

/**
 * Join the template with each slot's (already escaped) value; a missing value is empty. Returns
 * the UTF-8 size too: measuring the joined page would walk all of it again on every request.
 */
export function fillTemplate(template: Template, values: Partial<Record<Slot, string>>): { text: string; bytes: number } {
  const { parts } = template;
  let text = parts[0] ?? '';
  let bytes = template.literalBytes;
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i] as Slot] ?? '';
    bytes += Buffer.byteLength(value);
    text += value + (parts[i + 1] ?? '');
  }
  return { text, bytes };
}
