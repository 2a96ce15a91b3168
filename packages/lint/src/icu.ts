// ICU templates -> masked prose. Prose rules never see real values (a phone number would look
// like a status code, a service name like a wordy phrase): each placeholder becomes a neutral
// token and its span is remembered so word rules can skip it. Each plural/select branch
// combination becomes its own text.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { ArgType } from '@errata/catalog';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Variant {
  readonly text: string;
  /** `name=branch` pairs, joined by `, `; empty for a message without plural/select. */
  readonly branch: string;
  /** Spans of masked placeholder tokens in `text`. */
  readonly masks: readonly Span[];
  /** Inner text spans of `<tag>` elements (links). */
  readonly tags: readonly Span[];
  /** True for the combination that takes `other` everywhere (used for whole-message metrics). */
  readonly primary: boolean;
}

/** How a placeholder is used: `simple` is `{x}` (any type), `select` a string choice. */
export type ArgUse = ArgType | 'simple' | 'select';

export interface ParsedTemplate {
  readonly ok: true;
  readonly ast: MessageFormatElement[];
  readonly variants: readonly Variant[];
  readonly args: ReadonlyMap<string, ArgUse>;
  readonly pluralCount: number;
}

export interface BrokenTemplate {
  readonly ok: false;
  readonly error: string;
}

export const MAX_VARIANTS = 32;

const MASK = { string: 'Acme', date: 'Monday', time: '9am' } as const;

interface Partial {
  text: string;
  branch: string[];
  masks: Span[];
  tags: Span[];
  primary: boolean;
}

function append(into: Partial, text: string, kind?: 'mask'): void {
  if (kind === 'mask') into.masks.push({ start: into.text.length, end: into.text.length + text.length });
  into.text += text;
}

function concat(a: Partial, b: Partial): Partial {
  const shift = (s: Span): Span => ({ start: s.start + a.text.length, end: s.end + a.text.length });
  return {
    text: a.text + b.text,
    branch: [...a.branch, ...b.branch],
    masks: [...a.masks, ...b.masks.map(shift)],
    tags: [...a.tags, ...b.tags.map(shift)],
    primary: a.primary && b.primary,
  };
}

const empty = (): Partial => ({ text: '', branch: [], masks: [], tags: [], primary: true });

function numberFor(key: string): string {
  if (key === 'one') return '1';
  const exact = /^=(\d+)$/.exec(key);
  return exact ? exact[1]! : '5';
}

/** All branch combinations of `elements`, capped at MAX_VARIANTS (primary first). */
function expand(elements: readonly MessageFormatElement[], pound: string): Partial[] {
  let acc: Partial[] = [empty()];
  for (const el of elements) {
    let options: Partial[];
    switch (el.type) {
      case TYPE.literal: {
        const p = empty();
        append(p, el.value);
        options = [p];
        break;
      }
      case TYPE.argument: {
        const p = empty();
        append(p, MASK.string, 'mask');
        options = [p];
        break;
      }
      case TYPE.number: {
        const p = empty();
        append(p, '5', 'mask');
        options = [p];
        break;
      }
      case TYPE.date:
      case TYPE.time: {
        const p = empty();
        append(p, el.type === TYPE.date ? MASK.date : MASK.time, 'mask');
        options = [p];
        break;
      }
      case TYPE.pound: {
        const p = empty();
        append(p, pound, 'mask');
        options = [p];
        break;
      }
      case TYPE.tag: {
        options = expand(el.children, pound).map((inner) => ({
          ...inner,
          tags: [...inner.tags, { start: 0, end: inner.text.length }],
        }));
        break;
      }
      case TYPE.select:
      case TYPE.plural: {
        const keys = Object.keys(el.options);
        keys.sort((a, b) => (a === 'other' ? -1 : b === 'other' ? 1 : 0));
        options = keys.flatMap((key) => {
          const branchPound = el.type === TYPE.plural ? numberFor(key) : pound;
          return expand(el.options[key]!.value, branchPound).map((inner) => ({
            ...inner,
            branch: [`${el.value}=${key}`, ...inner.branch],
            primary: inner.primary && key === 'other',
          }));
        });
        break;
      }
      default:
        options = [empty()];
    }
    const next: Partial[] = [];
    for (const a of acc) for (const o of options) if (next.length < MAX_VARIANTS) next.push(concat(a, o));
    acc = next;
  }
  return acc;
}

function collectArgs(elements: readonly MessageFormatElement[], into: Map<string, ArgUse>): number {
  let plurals = 0;
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        if (!into.has(el.value)) into.set(el.value, 'simple');
        break;
      case TYPE.number:
        into.set(el.value, 'number');
        break;
      case TYPE.date:
        into.set(el.value, 'date');
        break;
      case TYPE.time:
        into.set(el.value, 'time');
        break;
      case TYPE.select:
        into.set(el.value, 'select');
        for (const o of Object.values(el.options)) plurals += collectArgs(o.value, into);
        break;
      case TYPE.plural:
        into.set(el.value, 'number');
        plurals += 1;
        for (const o of Object.values(el.options)) plurals += collectArgs(o.value, into);
        break;
      case TYPE.tag:
        plurals += collectArgs(el.children, into);
        break;
      default:
        break;
    }
  }
  return plurals;
}

const cache = new Map<string, ParsedTemplate | BrokenTemplate>();

export function parseTemplate(source: string): ParsedTemplate | BrokenTemplate {
  const hit = cache.get(source);
  if (hit) return hit;
  let result: ParsedTemplate | BrokenTemplate;
  try {
    const ast = parse(source, { requiresOtherClause: true });
    const args = new Map<string, ArgUse>();
    const pluralCount = collectArgs(ast, args);
    const variants = expand(ast, '5').map((p) => ({
      text: p.text,
      branch: p.branch.join(', '),
      masks: p.masks,
      tags: p.tags,
      primary: p.primary,
    }));
    if (!variants.some((v) => v.primary) && variants[0]) variants[0] = { ...variants[0], primary: true };
    result = { ok: true, ast, variants, args, pluralCount };
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size > 5000) cache.clear();
  cache.set(source, result);
  return result;
}

export function overlaps(span: Span, masks: readonly Span[]): boolean {
  return masks.some((m) => span.start < m.end && m.start < span.end);
}
