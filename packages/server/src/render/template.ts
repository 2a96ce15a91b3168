/**
 * Pre-rendered markup with named holes. Sentinels use private-use code points that React leaves
 * alone when escaping, so they survive rendering; per request, each hole gets an escaped value.
 */
export type Slot = 'title' | 'description' | 'alternative' | 'retry' | 'trace' | 'diagnostics' | 'nonce' | `step${number}`;

const open = '\uE000errata:';
const close = '\uE001';

export function sentinel(slot: Slot): string {
  return `${open}${slot}${close}`;
}

export interface Template {
  /** Literal markup and slot names, alternating: literal, slot, literal, ... literal. */
  readonly parts: readonly string[];
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
  return { parts };
}

/** Join the template with each slot's (already escaped) value; a missing value is empty. */
export function fillTemplate(template: Template, values: Partial<Record<Slot, string>>): string {
  const { parts } = template;
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    out += (values[parts[i] as Slot] ?? '') + (parts[i + 1] ?? '');
  }
  return out;
}
