// What a message uses: its placeholders (with the way each is formatted) and its tags. Read from
// the parser's AST so select/plural branches and tag children are all covered.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type PlaceholderUse = 'simple' | 'number' | 'date' | 'time' | 'select' | 'plural';

export interface MessageUsage {
  /** Placeholder name -> every way it is used in the message. */
  readonly args: ReadonlyMap<string, ReadonlySet<PlaceholderUse>>;
  /** Tag names, e.g. 'link'. */
  readonly tags: ReadonlySet<string>;
  /** Tags that contain another tag (we only render flat links). */
  readonly nestedTags: ReadonlySet<string>;
}

export type ParseResult = { ok: true; ast: MessageFormatElement[] } | { ok: false; error: string };

export function parseMessage(message: string): ParseResult {
  try {
    return { ok: true, ast: parse(message, { requiresOtherClause: true }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const useOf: Partial<Record<TYPE, PlaceholderUse>> = {
  [TYPE.argument]: 'simple',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
};

export function usageOf(ast: readonly MessageFormatElement[]): MessageUsage {
  const args = new Map<string, Set<PlaceholderUse>>();
  const tags = new Set<string>();
  const nestedTags = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[], insideTag: string | undefined): void => {
    for (const el of elements) {
      const use = useOf[el.type];
      if (use && 'value' in el && typeof el.value === 'string') {
        const uses = args.get(el.value) ?? new Set<PlaceholderUse>();
        uses.add(use);
        args.set(el.value, uses);
      }
      if (el.type === TYPE.select || el.type === TYPE.plural) {
        for (const option of Object.values(el.options)) walk(option.value, insideTag);
      } else if (el.type === TYPE.tag) {
        tags.add(el.value);
        if (insideTag !== undefined) nestedTags.add(insideTag);
        walk(el.children, el.value);
      }
    }
  };
  walk(ast, undefined);
  return { args, tags, nestedTags };
}

/** Which placeholder uses fit a declared type. */
export const usesAllowed: Record<'string' | 'number' | 'date' | 'time', ReadonlySet<PlaceholderUse>> = {
  string: new Set(['simple', 'select']),
  number: new Set(['simple', 'number', 'plural']),
  date: new Set(['date', 'time']),
  time: new Set(['date', 'time']),
};
