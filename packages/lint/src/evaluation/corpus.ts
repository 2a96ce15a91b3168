// The shape of an evaluation corpus (packages/lint/evaluation/*.json) and the one place it is
// checked. A corpus is data a person edits by hand, so a mistake in it is reported by item and
// field, all at once, rather than surfacing later as a wrong figure.
import { tones, type Tone } from '@errata/catalog';
import { findRule } from '../rule-list.js';
import type { LintableEntry, LintableMessageSet, LintOptions } from '../types.js';

export type EvaluationVerdict = 'good' | 'bad';
/** The severity the tone guide gives the breach a bad item was written for. */
export type ExpectedSeverity = 'error' | 'warning' | 'info';

/** Taxonomy of an item's entry; unset fields default to a low-severity 400 with a known client cause. */
export type EvaluationEntry = Partial<Omit<LintableEntry, 'code' | 'messages'>>;

export interface EvaluationMessage extends LintableMessageSet {
  readonly entry?: EvaluationEntry;
}

interface EvaluationItemBase {
  readonly id: string;
  readonly verdict: EvaluationVerdict;
  /** Rule ids a bad item breaks, the one it was written for first. */
  readonly breaks: readonly string[];
  readonly expect: ExpectedSeverity;
  readonly tone: Tone;
  readonly source?: string;
  readonly note?: string;
}

/** One message set, linted on its own. */
export interface EvaluationMessageItem extends EvaluationItemBase, EvaluationMessage {
  readonly kind: 'message';
}

/**
 * One code of a catalog item. By default its copy is written in the corpus's locale and the item's
 * tone; `writtenIn` and `tones` say otherwise, for the coverage rules (CV-01, CV-02), which judge
 * what a catalog lacks rather than what its copy says.
 */
export interface EvaluationCatalogEntry extends EvaluationMessage {
  readonly code: string;
  /** The locale this code's copy is written in (default: the corpus's). */
  readonly writtenIn?: string;
  /** The tones this copy is written for (default: the item's tone). */
  readonly tones?: readonly Tone[];
}

/** A few codes linted together, for the rules that compare codes (ST-04) or look for gaps (CV-01, CV-02). */
export interface EvaluationCatalogItem extends EvaluationItemBase {
  readonly kind: 'catalog';
  readonly entries: readonly EvaluationCatalogEntry[];
}

export type EvaluationItem = EvaluationMessageItem | EvaluationCatalogItem;

export interface EvaluationCorpus {
  /** Where it came from (a file name), for reports. */
  readonly name: string;
  readonly locale: string;
  readonly options: Pick<LintOptions, 'informalAddress'>;
  readonly items: readonly EvaluationItem[];
}

export class EvaluationCorpusError extends Error {
  override name = 'EvaluationCorpusError';
  constructor(
    readonly corpus: string,
    readonly problems: readonly string[],
  ) {
    super(`${corpus} is not a valid evaluation corpus:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const EXPECT: readonly ExpectedSeverity[] = ['error', 'warning', 'info'];

function message(raw: Json, where: string, problems: string[]): EvaluationMessage | undefined {
  const before = problems.length;
  // Blank strings and empty step lists are allowed: they are what ST-01 is measured on.
  for (const key of ['title', 'description'] as const) if (!isString(raw[key])) problems.push(`${where}: "${key}" must be a string`);
  if (!isStringList(raw.nextSteps)) problems.push(`${where}: "nextSteps" must be a list of strings`);
  if (raw.alternative !== undefined && !isString(raw.alternative)) problems.push(`${where}: "alternative" must be a string`);
  if (raw.entry !== undefined && !isObject(raw.entry)) problems.push(`${where}: "entry" must be an object`);
  if (raw.suppress !== undefined && !Array.isArray(raw.suppress)) problems.push(`${where}: "suppress" must be a list`);
  if (problems.length > before) return undefined;
  return {
    title: raw.title as string,
    description: raw.description as string,
    nextSteps: raw.nextSteps as string[],
    ...(raw.alternative !== undefined ? { alternative: raw.alternative as string } : {}),
    // A suppression's fields are what SP-01 checks, so they are passed on as written.
    ...(raw.suppress !== undefined ? { suppress: raw.suppress as LintableMessageSet['suppress'] } : {}),
    ...(raw.entry !== undefined ? { entry: raw.entry as EvaluationEntry } : {}),
  };
}

function item(raw: unknown, index: number, seen: Set<string>, problems: string[]): EvaluationItem | undefined {
  const where = `items[${index}]`;
  if (!isObject(raw)) {
    problems.push(`${where}: must be an object`);
    return undefined;
  }
  const id = isString(raw.id) && raw.id.trim() !== '' ? raw.id : undefined;
  const at = id ? `${where} (${id})` : where;
  const before = problems.length;
  if (!id) problems.push(`${where}: "id" must be a non-empty string`);
  else if (seen.has(id)) problems.push(`${at}: the id is used twice`);
  else seen.add(id);
  if (raw.verdict !== 'good' && raw.verdict !== 'bad') problems.push(`${at}: "verdict" must be "good" or "bad"`);
  if (!isString(raw.tone) || !(tones as readonly string[]).includes(raw.tone)) problems.push(`${at}: "tone" must be one of ${tones.join(', ')}`);
  const breaks = raw.breaks ?? [];
  if (!isStringList(breaks)) problems.push(`${at}: "breaks" must be a list of rule ids`);
  else {
    for (const r of breaks) if (!findRule(r)) problems.push(`${at}: "breaks" names no known rule: ${r}`);
    if (raw.verdict === 'bad' && breaks.length === 0) problems.push(`${at}: a bad item names the rules it breaks in "breaks"`);
    if (raw.verdict === 'good' && breaks.length > 0) problems.push(`${at}: a good item breaks no rule`);
  }
  if (raw.expect !== undefined && !EXPECT.includes(raw.expect as ExpectedSeverity)) problems.push(`${at}: "expect" must be one of ${EXPECT.join(', ')}`);
  for (const key of ['source', 'note'] as const) if (raw[key] !== undefined && !isString(raw[key])) problems.push(`${at}: "${key}" must be a string`);

  let body: Pick<EvaluationMessageItem, 'kind' | keyof EvaluationMessage> | Pick<EvaluationCatalogItem, 'kind' | 'entries'> | undefined;
  if (raw.entries !== undefined) {
    if (!Array.isArray(raw.entries) || raw.entries.length < 2) problems.push(`${at}: "entries" must list at least two codes`);
    else {
      const entries = raw.entries.map((e, i) => {
        const w = `${at} entries[${i}]`;
        if (!isObject(e) || !isString(e.code) || e.code === '') {
          problems.push(`${w}: must be an object with a "code"`);
          return undefined;
        }
        const m = message(e, w, problems);
        if (e.writtenIn !== undefined && (!isString(e.writtenIn) || e.writtenIn === '')) problems.push(`${w}: "writtenIn" must be a locale tag`);
        const written = e.tones;
        if (written !== undefined && (!isStringList(written) || written.length === 0 || !written.every((t) => (tones as readonly string[]).includes(t)))) {
          problems.push(`${w}: "tones" must list tones among ${tones.join(', ')}`);
        }
        return (
          m && {
            ...m,
            code: e.code,
            ...(isString(e.writtenIn) ? { writtenIn: e.writtenIn } : {}),
            ...(isStringList(written) ? { tones: written as Tone[] } : {}),
          }
        );
      });
      if (entries.every((e) => e !== undefined)) body = { kind: 'catalog', entries };
    }
  } else {
    const m = message(raw, at, problems);
    if (m) body = { kind: 'message', ...m };
  }
  if (problems.length > before || !body) return undefined;
  return {
    ...body,
    id: id!,
    verdict: raw.verdict as EvaluationVerdict,
    breaks: breaks as string[],
    expect: (raw.expect as ExpectedSeverity | undefined) ?? 'error',
    tone: raw.tone as Tone,
    ...(isString(raw.source) ? { source: raw.source } : {}),
    ...(isString(raw.note) ? { note: raw.note } : {}),
  } as EvaluationItem;
}

/** Checks parsed JSON against the corpus shape; throws `EvaluationCorpusError` listing every problem. */
export function readEvaluationCorpus(value: unknown, name: string): EvaluationCorpus {
  const problems: string[] = [];
  if (!isObject(value)) throw new EvaluationCorpusError(name, ['the file must hold an object with "locale" and "items"']);
  if (!isString(value.locale) || value.locale.trim() === '') problems.push('"locale" must be a locale tag such as "en"');
  const options = value.options ?? {};
  if (!isObject(options)) problems.push('"options" must be an object');
  else if (options.informalAddress !== undefined && !isStringList(options.informalAddress))
    problems.push('"options.informalAddress" must be a list of locales');
  if (!Array.isArray(value.items) || value.items.length === 0) problems.push('"items" must be a non-empty list');
  const seen = new Set<string>();
  const items = Array.isArray(value.items) ? value.items.map((raw, i) => item(raw, i, seen, problems)) : [];
  if (problems.length > 0) throw new EvaluationCorpusError(name, problems);
  const informal = isObject(options) && isStringList(options.informalAddress) ? { informalAddress: options.informalAddress } : {};
  return { name, locale: value.locale as string, options: informal, items: items as EvaluationItem[] };
}
