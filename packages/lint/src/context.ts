// What every rule receives: one message set (code x locale x tone) with its fields parsed.
import { wordsFor, type LocaleWords } from './config/words.js';
import { parseTemplate, type BrokenTemplate, type ParsedTemplate, type Variant } from './icu.js';
import type { Tone, ValuelessCopy } from '@errata/catalog';
import type { FindingSeverity, LintableEntry, LintableMessageSet, LintOptions } from './types.js';

export type FieldKind = 'title' | 'description' | 'nextSteps' | 'alternative';

export interface FieldText {
  /** `title`, `description`, `nextSteps[1]`, `alternative`. */
  readonly field: string;
  readonly kind: FieldKind;
  readonly source: string;
  readonly parsed: ParsedTemplate | BrokenTemplate;
}

export interface MessageContext {
  readonly entry: LintableEntry;
  readonly code: string;
  readonly locale: string;
  readonly tone: Tone;
  readonly set: LintableMessageSet;
  readonly fields: readonly FieldText[];
  /**
   * True for the copy as shown when a printed value is missing: the set's `withoutValues`
   * description and/or steps in place of its own, with its title and alternative.
   */
  readonly valueless: boolean;
  /** The locale's language in lower case (`es` for `es-MX`): what the grammar and word lists are chosen by. */
  readonly language: string;
  /** Word lists for the locale's language; undefined when we have none. */
  readonly words: LocaleWords | undefined;
  readonly english: boolean;
  readonly options: LintOptions;
}

export interface RawFinding {
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly field: string;
  readonly branch?: string;
  readonly text: string;
  readonly message: string;
  readonly expected?: string;
}

export type Emit = (finding: RawFinding) => void;

export type MessageRule = (ctx: MessageContext, emit: Emit) => void;

/** The message set's fields as a page shows them; `valueless` for the copy shown without values. */
export function buildContext(
  entry: LintableEntry,
  locale: string,
  tone: Tone,
  set: LintableMessageSet,
  options: LintOptions,
  valueless = false,
): MessageContext {
  const fields: FieldText[] = [];
  const add = (field: string, kind: FieldKind, source: unknown): void => {
    if (typeof source !== 'string') return;
    fields.push({ field, kind, source, parsed: parseTemplate(source) });
  };
  const copy: ValuelessCopy = valueless && typeof set.withoutValues === 'object' && set.withoutValues !== null ? set.withoutValues : {};
  const [descriptionField, description] = copy.description === undefined ? ['description', set.description] : ['withoutValues.description', copy.description];
  const [stepsField, steps] = copy.nextSteps === undefined ? ['nextSteps', set.nextSteps] : ['withoutValues.nextSteps', copy.nextSteps];
  add('title', 'title', set.title);
  add(descriptionField, 'description', description);
  (Array.isArray(steps) ? steps : []).forEach((s: unknown, i: number) => {
    add(`${stepsField}[${i}]`, 'nextSteps', s);
  });
  if (set.alternative !== undefined) add('alternative', 'alternative', set.alternative);
  return {
    entry,
    code: entry.code,
    locale,
    tone,
    set,
    fields,
    valueless,
    language: locale.split('-')[0]!.toLowerCase(),
    words: wordsFor(locale),
    english: locale === 'en' || locale.startsWith('en-'),
    options,
  };
}

/** Each field's variants, broken templates skipped (IC-01 reports them). */
export function* variantsOf(ctx: MessageContext, kinds?: readonly FieldKind[]): Generator<{ field: FieldText; variant: Variant }> {
  for (const field of ctx.fields) {
    if (kinds && !kinds.includes(field.kind)) continue;
    if (!field.parsed.ok) continue;
    for (const variant of field.parsed.variants) yield { field, variant };
  }
}

/** The primary ("other" everywhere) text of each field of the given kinds. */
export function primaryTexts(ctx: MessageContext, kinds: readonly FieldKind[]): { field: FieldText; variant: Variant }[] {
  const out: { field: FieldText; variant: Variant }[] = [];
  for (const field of ctx.fields) {
    if (!kinds.includes(field.kind) || !field.parsed.ok) continue;
    const v = field.parsed.variants.find((x) => x.primary) ?? field.parsed.variants[0];
    if (v) out.push({ field, variant: v });
  }
  return out;
}

export function branchOf(field: FieldText, variant: Variant): string | undefined {
  return field.parsed.ok && field.parsed.variants.length > 1 && variant.branch ? variant.branch : undefined;
}
