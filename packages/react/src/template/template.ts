/**
 * Pre-rendered markup with named holes. A component is rendered once with sentinel strings in
 * place of its per-request props; sentinels use private-use code points that React leaves alone
 * when escaping, so they survive rendering. Per request, each hole gets the escaped value React
 * would have written there. `S` names the holes of one kind of template.
 */
const open = '\uE000errata:';
const close = '\uE001';

export function sentinel<S extends string>(slot: S): string {
  return `${open}${slot}${close}`;
}

export interface Template<S extends string = string> {
  /** Literal markup, one more than `slots`: literal, slot, literal, ... literal. */
  readonly literals: readonly string[];
  readonly slots: readonly S[];
  /** The literals as UTF-8, encoded once: adapters write them without re-encoding the page. */
  readonly encoded: readonly Buffer[];
  /** UTF-8 size of all literals: Content-Length then costs only the per-request values. */
  readonly literalBytes: number;
}

/** The values of a filled template, in slot order, and the page's UTF-8 size. */
export interface Filled<S extends string = string> {
  readonly template: Template<S>;
  readonly values: readonly string[];
  readonly bytes: number;
}

function templateOf<S extends string>(literals: string[], slots: S[]): Template<S> {
  const encoded = literals.map((l) => Buffer.from(l, 'utf8'));
  const literalBytes = encoded.reduce((n, b) => n + b.length, 0);
  return { literals, slots, encoded, literalBytes };
}

export function compileTemplate<S extends string>(markup: string): Template<S> {
  const literals: string[] = [];
  const slots: S[] = [];
  let rest = markup;
  for (;;) {
    const start = rest.indexOf(open);
    if (start === -1) break;
    const end = rest.indexOf(close, start);
    if (end === -1) break;
    literals.push(rest.slice(0, start));
    slots.push(rest.slice(start + open.length, end) as S);
    rest = rest.slice(end + close.length);
  }
  literals.push(rest);
  return templateOf(literals, slots);
}

/**
 * A template with some slots written in for good (values already escaped), the rest left open.
 * Used for values that are the same for many requests (a constant catalog message), so the
 * per-request fill joins a few large literals instead of many small ones. A bound value may hold
 * sentinels of its own (a support link that carries the per-request reference): those become
 * open slots of the result.
 */
export function bindTemplate<S extends string>(template: Template<S>, values: Partial<Record<S, string>>): Template<S> {
  if (template.slots.some((slot) => values[slot]?.includes(open))) {
    let markup = template.literals[0] ?? '';
    template.slots.forEach((slot, i) => {
      markup += (values[slot] ?? sentinel(slot)) + (template.literals[i + 1] ?? '');
    });
    return compileTemplate<S>(markup);
  }
  const literals: string[] = [template.literals[0] ?? ''];
  const slots: S[] = [];
  template.slots.forEach((slot, i) => {
    const next = template.literals[i + 1] ?? '';
    const bound = values[slot];
    if (bound === undefined) {
      slots.push(slot);
      literals.push(next);
    } else {
      literals[literals.length - 1] += bound + next;
    }
  });
  return templateOf(literals, slots);
}

/** Each open slot's (already escaped) value; a missing value is empty. Nothing is joined yet. */
export function fillTemplate<S extends string>(template: Template<S>, values: Partial<Record<S, string>>): Filled<S> {
  const { slots } = template;
  const out: string[] = new Array<string>(slots.length);
  let bytes = template.literalBytes;
  for (let i = 0; i < slots.length; i++) {
    const value = values[slots[i] as S] ?? '';
    out[i] = value;
    bytes += Buffer.byteLength(value);
  }
  return { template, values: out, bytes };
}

/** The page as a string (the public `ErrorResponse.body`). */
export function filledText(filled: Filled<string>): string {
  const { literals } = filled.template;
  let text = literals[0] ?? '';
  for (let i = 0; i < filled.values.length; i++) text += (filled.values[i] ?? '') + (literals[i + 1] ?? '');
  return text;
}

/** Literals up to this size travel as text with their neighbouring values: one write, not two. */
const SMALL_LITERAL = 1024;

/**
 * The page as a list of chunks for a socket write: the large pre-encoded literals as they are
 * (shared, never copied), and each per-request value joined with the small literals around it
 * into one string; empty strings left out.
 */
export function filledChunks(filled: Filled<string>): (string | Buffer)[] {
  const { encoded, literals } = filled.template;
  const chunks: (string | Buffer)[] = [];
  let text = '';
  const literal = (i: number) => {
    const bytes = encoded[i] as Buffer;
    if (bytes.length <= SMALL_LITERAL) {
      text += literals[i] ?? '';
      return;
    }
    if (text) chunks.push(text);
    text = '';
    chunks.push(bytes);
  };
  literal(0);
  for (let i = 0; i < filled.values.length; i++) {
    text += filled.values[i] ?? '';
    literal(i + 1);
  }
  if (text) chunks.push(text);
  return chunks;
}

/** The page as one UTF-8 buffer: pre-encoded literals copied, only the values encoded. */
export function filledBytes(filled: Filled<string>): Buffer<ArrayBuffer> {
  const { encoded } = filled.template;
  const out = Buffer.allocUnsafe(filled.bytes);
  let at = (encoded[0] as Buffer).copy(out, 0);
  for (let i = 0; i < filled.values.length; i++) {
    const value = filled.values[i] ?? '';
    if (value.length) at += out.write(value, at, 'utf8');
    at += (encoded[i + 1] as Buffer).copy(out, at);
  }
  return out;
}
