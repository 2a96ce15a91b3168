// The English prose checks that come from the retext family, run once per field text on
// masked templates; their vfile messages become findings of our rule ids.
import { unified, type Processor } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextPassive from 'retext-passive';
import retextProfanities from 'retext-profanities';
import retextProfanitiesEs from 'retext-profanities/es';
import retextProfanitiesFr from 'retext-profanities/fr';
import retextReadability from 'retext-readability';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { lengthLimits, toneConfig } from './config/tones.js';
import { localeWords, plainWordIgnore } from './config/words.js';
import { branchOf, variantsOf, type FieldText, type MessageContext, type MessageRule, type RawFinding } from './context.js';
import { overlaps, type Variant } from './icu.js';
import { findTerms } from './text.js';
import type { Tone } from '@errata/catalog';

type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>;

const english = new Map<Tone, AnyProcessor>();
const profanityOnly = new Map<string, AnyProcessor>();

function englishProcessor(tone: Tone): AnyProcessor {
  let p = english.get(tone);
  if (!p) {
    p = unified()
      .use(retextEnglish)
      .use(retextReadability, {
        age: toneConfig[tone].readabilityAge,
        minWords: lengthLimits.readabilityMinWords,
        threshold: lengthLimits.readabilityThreshold,
      })
      .use(retextSimplify, { ignore: [...plainWordIgnore] })
      .use(retextEquality)
      .use(retextProfanities, { sureness: 1 })
      .use(retextPassive)
      .use(retextRepeatedWords)
      .use(retextIndefiniteArticle) as unknown as AnyProcessor;
    english.set(tone, p);
  }
  return p;
}

const PROFANITY: Record<string, typeof retextProfanities> = { es: retextProfanitiesEs, fr: retextProfanitiesFr };

function profanityProcessor(lang: string): AnyProcessor | undefined {
  const plugin = PROFANITY[lang];
  if (!plugin) return undefined;
  let p = profanityOnly.get(lang);
  if (!p) {
    // The English tokenizer splits any Latin-script text into words well enough for a word list.
    p = unified().use(retextEnglish).use(plugin, { sureness: 1 }) as unknown as AnyProcessor;
    profanityOnly.set(lang, p);
  }
  return p;
}

interface VMessage {
  source?: string | null;
  ruleId?: string | null;
  actual?: string | null;
  expected?: readonly string[] | null;
  reason: string;
  place?: { start?: { offset?: number }; end?: { offset?: number } } | { offset?: number } | null;
}

function spanOf(m: VMessage): { start: number; end: number } | undefined {
  const place = m.place as { start?: { offset?: number }; end?: { offset?: number } } | undefined;
  const start = place?.start?.offset;
  const end = place?.end?.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function run(p: AnyProcessor, text: string): VMessage[] {
  const file = new VFile(text);
  try {
    p.runSync(p.parse(file), file);
  } catch {
    return []; // a plugin choking on odd text must not stop the lint run
  }
  return file.messages as unknown as VMessage[];
}

const harsh = new Set([...localeWords.en!.harshError, ...localeWords.en!.harshWarning]);
const ownCondescending = new Set(localeWords.en!.condescending);
// retext-equality rule ids that are about talking down (TN-08), not about people (IN-01).
const CONDESCENDING_IDS = new Set(['just', 'simple', 'easy', 'obvious', 'basically', 'of-course', 'clearly', 'everyone-knows', 'everybody-knows', 'actually']);
// Verbs whose passive stands in for "you did X": passive is the kinder choice there (Microsoft).
const BLAME_VERBS = /\b(?:entered|typed|sent|submitted|specified|filled|uploaded|chosen|selected|provided|given|used|made)\b/iu;

interface Segment {
  readonly ctx: MessageContext;
  readonly field: FieldText;
  readonly variant: Variant;
  readonly start: number;
}

type Analysed = { segment: Segment; message: VMessage; span: { start: number; end: number } | undefined }[];

const analysed = new WeakMap<MessageContext, Analysed>();

/**
 * Runs the English processor once over many message sets. nlcst-search (inside simplify,
 * equality and profanities) indexes its whole phrase list on every run, so one run per field
 * costs seconds on a catalog; one run per tone costs milliseconds. Each field variant is its
 * own paragraph, so sentence-level checks never cross from one field into the next.
 */
export function analyseEnglish(contexts: readonly MessageContext[]): void {
  const byTone = new Map<Tone, MessageContext[]>();
  for (const ctx of contexts) if (ctx.english) byTone.set(ctx.tone, [...(byTone.get(ctx.tone) ?? []), ctx]);
  for (const [tone, list] of byTone) {
    const segments: Segment[] = [];
    let text = '';
    for (const ctx of list) {
      analysed.set(ctx, []);
      for (const { field, variant } of variantsOf(ctx)) {
        if (text) text += '\n\n';
        segments.push({ ctx, field, variant, start: text.length });
        text += variant.text.replace(/[\r\n]/g, ' ');
      }
    }
    if (!text) continue;
    for (const m of run(englishProcessor(tone), text)) {
      const span = spanOf(m);
      if (!span) continue;
      // Last segment starting at or before the message.
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]!.start <= span.start) lo = mid;
        else hi = mid - 1;
      }
      const segment = segments[lo]!;
      analysed.get(segment.ctx)!.push({ segment, message: m, span: { start: span.start - segment.start, end: span.end - segment.start } });
    }
  }
}

export const retextRules: MessageRule = (ctx, emit) => {
  if (ctx.english) {
    if (!analysed.has(ctx)) analyseEnglish([ctx]);
    for (const { segment, message: m, span } of analysed.get(ctx) ?? []) {
      const { field, variant } = segment;
      const branch = branchOf(field, variant);
      if (span && overlaps(span, variant.masks)) continue;
      const text = m.actual ?? (span ? variant.text.slice(span.start, span.end) : variant.text);
      const f = translate(m, text, ctx.tone);
      if (!f) continue;
      if (f.ruleId === 'MC-03' && BLAME_VERBS.test(text)) continue;
      // Titles are fragments, not running text; the formulas are meant for sentences.
      if (f.ruleId === 'RD-01' && field.kind === 'title') continue;
      emit({ ...f, field: field.field, ...(branch ? { branch } : {}) });
    }
    return;
  }
  const p = profanityProcessor(ctx.language);
  if (!p) return;
  for (const { field, variant } of variantsOf(ctx)) {
    for (const m of run(p, variant.text)) {
      const span = spanOf(m);
      if (span && overlaps(span, variant.masks)) continue;
      const text = m.actual ?? variant.text;
      if (findTerms(text, [...(ctx.words?.harshError ?? []), ...(ctx.words?.harshWarning ?? [])]).length > 0) continue; // TN-03 reports it
      emit({ ruleId: 'IN-01', severity: 'error', field: field.field, text, message: m.reason });
    }
  }
};

function translate(m: VMessage, text: string, tone: Tone): Omit<RawFinding, 'field'> | undefined {
  const expected = m.expected && m.expected.length > 0 ? m.expected.join(' / ') : undefined;
  const withExpected = expected ? { expected } : {};
  switch (m.source) {
    case 'retext-readability':
      return {
        ruleId: 'RD-01',
        severity: 'warning',
        text,
        message: `Hard to read (${m.reason.replace(/^Unexpected hard to read sentence, according to /, 'by ')}). Use shorter words or split the sentence.`,
      };
    case 'retext-simplify':
      return {
        ruleId: 'RD-02',
        severity: toneConfig[tone].plainWordSeverity,
        text,
        message: expected ? `Use “${expected}” instead of “${text}”.` : `Leave out “${text}”.`,
        ...withExpected,
      };
    case 'retext-equality': {
      const word = text.toLowerCase();
      if (harsh.has(word)) return undefined; // TN-03 reports it
      if (CONDESCENDING_IDS.has(m.ruleId ?? '') || ownCondescending.has(word)) {
        // TN-08 judges the words on its own list ("just" by what follows it).
        if (ownCondescending.has(word) || m.ruleId === 'just') return undefined;
        return { ruleId: 'TN-08', severity: 'warning', text, message: `“${text}” can sound like talking down. Leave it out.` };
      }
      return {
        ruleId: 'IN-01',
        severity: 'warning',
        text,
        message: m.reason.replace(/^Unexpected potentially insensitive use of /, 'Possibly insensitive: '),
        ...withExpected,
      };
    }
    case 'retext-profanities':
      // cuss rates "illegal" as possibly profane; it is a harsh word, and TN-03 reports it.
      if (harsh.has(text.toLowerCase())) return undefined;
      return { ruleId: 'IN-01', severity: 'error', text, message: `Profanity: ${m.reason}` };
    case 'retext-passive':
      return { ruleId: 'MC-03', severity: 'info', text, message: `Passive voice (“${text}”). Say who does what, unless that would blame the person.` };
    case 'retext-repeated-words':
      return { ruleId: 'MC-02', severity: 'info', text, message: `Repeated word “${text}”.`, ...withExpected };
    case 'retext-indefinite-article':
      return { ruleId: 'MC-02', severity: 'info', text, message: `Use “${expected ?? 'the other article'}” before this word.`, ...withExpected };
    default:
      return undefined;
  }
}
