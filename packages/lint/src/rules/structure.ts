// ST-01..03, ST-05: the message says what happened and what to do next.
import { lengthLimits } from '../config/tones.js';
import { branchOf, primaryTexts, type MessageRule } from '../context.js';
import { tellsWhatToDo } from '../grammar/english.js';
import { tellsWhatToDoDe } from '../grammar/german.js';
import { tellsWhatToDoEs } from '../grammar/spanish.js';
import { saysWhen } from '../grammar/time.js';
import { escapeRegExp, findTerms, fold, sentences, words } from '../text.js';

export const requiredFields: MessageRule = (ctx, emit) => {
  const { set } = ctx;
  const empty = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';
  for (const key of ['title', 'description'] as const) {
    if (empty(set[key])) emit({ ruleId: 'ST-01', severity: 'error', field: key, text: String(set[key] ?? ''), message: `The ${key} is missing or empty.` });
  }
  const steps: readonly unknown[] = Array.isArray(set.nextSteps) ? set.nextSteps : [];
  if (steps.length === 0)
    emit({ ruleId: 'ST-01', severity: 'error', field: 'nextSteps', text: '', message: 'There is no next step: say what the person can do now.' });
  steps.forEach((s, i) => {
    if (empty(s)) emit({ ruleId: 'ST-01', severity: 'error', field: `nextSteps[${i}]`, text: String(s ?? ''), message: 'This next step is empty.' });
  });
  if (set.alternative !== undefined && empty(set.alternative)) {
    emit({
      ruleId: 'ST-01',
      severity: 'error',
      field: 'alternative',
      text: String(set.alternative),
      message: 'The alternative path is present but empty: remove it or write it.',
    });
  }
};

// Not a word character in any script: `\b` only knows ASCII, so it never fires next to Arabic.
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

// A conditional or time clause before the instruction ("If it still fails, contact…",
// "إذا استمرت المشكلة، حاول…"). Written folded (see `fold`): no accents, hamza or diacritics.
const LEAD_IN_WORDS = [
  'if',
  'when',
  'once',
  'after',
  'before',
  'until',
  'si',
  'cuando',
  'despues',
  'antes',
  'mientras',
  'wenn',
  'falls',
  'sobald',
  'nachdem',
  'bevor',
  'solange',
  'اذا',
  'عندما',
  'عند',
  'لو',
  'ان',
  'بعد',
  'قبل',
  'حين',
  'حينما',
  'متى',
  'حتى',
  'ما دام',
];
const LEAD_IN = new RegExp(`^(?:${LEAD_IN_WORDS.join('|')})${NOT_LETTER_AFTER}[^,،]*[,،]\\s*`, 'iu');
const OPENING_MARKS = /^[¡¿"“„«]+/u;

// Arabic joins "and"/"then" before the verb and an object pronoun after it (فاحفظه, وأرسلها).
const ARABIC = /\p{Script=Arabic}/u;
const AR_PREFIXES = ['', 'و', 'ف'];
const AR_PRONOUNS = ['', 'هما', 'هم', 'هن', 'ها', 'ه', 'ني', 'نا'];

function isVerb(word: string, verbs: ReadonlySet<string>): boolean {
  if (verbs.has(word)) return true;
  if (!ARABIC.test(word)) return false;
  return AR_PREFIXES.some(
    (pre) =>
      word.startsWith(pre) &&
      AR_PRONOUNS.some((suf) => {
        if (!word.endsWith(suf)) return false;
        const stem = word.slice(pre.length, word.length - suf.length);
        return stem.length >= 2 && verbs.has(stem);
      }),
  );
}

/** Does the sentence tell the person what to do, judged by the grammar of its language? */
function isInstruction(sentence: string, language: string, verbs: ReadonlySet<string>, please: readonly RegExp[]): boolean {
  if (language === 'en') return tellsWhatToDo(sentence);
  if (language === 'es') return tellsWhatToDoEs(sentence, verbs);
  if (language === 'de') return tellsWhatToDoDe(sentence, verbs);
  // Other languages: a verb from the locale's list, after "please" or a lead-in clause.
  let rest = fold(sentence).replace(OPENING_MARKS, '').replace(LEAD_IN, '');
  for (const p of please) rest = rest.replace(p, '');
  const first = words(rest)[0]?.text;
  return first !== undefined && isVerb(first, verbs);
}

const GRAMMAR = new Set(['en', 'es', 'de']);

export const actionableNextStep: MessageRule = (ctx, emit) => {
  const { language } = ctx;
  const verbs = new Set((ctx.words?.imperatives ?? []).map(fold));
  const steps = ctx.fields.filter((f) => f.kind === 'nextSteps');
  // No step, or only blank ones, is ST-01's finding.
  if (steps.length === 0 || !steps.every((f) => f.parsed.ok) || steps.every((f) => f.source.trim() === '')) return;
  const anyLink = steps.some((f) => f.parsed.ok && f.parsed.variants.some((v) => v.tags.length > 0));
  // A language with neither a grammar here nor a verb list can only be checked for a link.
  if (anyLink || (verbs.size === 0 && !GRAMMAR.has(language))) return;
  const please = (ctx.words?.please ?? []).map((p) => new RegExp(`^${escapeRegExp(fold(p))}${NOT_LETTER_AFTER}[\\s,،]*`, 'iu'));
  const actionable = primaryTexts(ctx, ['nextSteps']).some(({ variant }) =>
    sentences(variant.text).some((s) => isInstruction(s.text.replace(OPENING_MARKS, ''), language, verbs, please)),
  );
  if (!actionable) {
    const text = primaryTexts(ctx, ['nextSteps'])
      .map((x) => x.variant.text)
      .join(' / ');
    emit({
      ruleId: 'ST-02',
      severity: 'error',
      field: 'nextSteps',
      text,
      message: 'No next step tells the person what to do. Start one with a verb (“Export the report…”), say what they can do (“You can…”), or add a <link>.',
      ...(ctx.english ? { expected: 'Try again in a few minutes.' } : {}),
    });
  }
};

const WAIT_ARG = /retry|wait|seconds|minutes|until|availableat|resetat|reset/i;
const RETURN_ARG = /available|retry|until|back|resume|end/i;
const INPUT_ARG = /saved|input|answers|data|changes|draft|charged|payment/i;

function argsOf(ctx: Parameters<MessageRule>[0]): Map<string, string> {
  const all = new Map<string, string>();
  for (const f of ctx.fields) if (f.parsed.ok) for (const [k, v] of f.parsed.args) all.set(k, v);
  return all;
}

export const recoveryInfo: MessageRule = (ctx, emit) => {
  const { entry } = ctx;
  // A template that does not parse hides its placeholders; IC-01 reports it, and this rule waits.
  if (entry.kind === 'notice' || ctx.fields.some((f) => !f.parsed.ok)) return;
  const args = argsOf(ctx);
  const text = ctx.fields.map((f) => f.source).join(' / ');
  const { language } = ctx;
  // A time in the words of any field counts like a time placeholder: "Bookings open again at 6am
  // tomorrow." says when as well as {availableAt, time, short} does.
  const toldWhen = (): boolean =>
    primaryTexts(ctx, ['title', 'description', 'nextSteps', 'alternative']).some(({ variant }) => saysWhen(variant.text, language) === true);
  // The copy shown without values is written for when no time is known; the set's own copy,
  // linted on its own, gives the time.
  if (entry.status === 503 && !entry.permanent && !ctx.valueless) {
    const hasTime = [...args].some(([name, type]) => type === 'date' || type === 'time' || (type === 'number' && RETURN_ARG.test(name)));
    if (!hasTime && !toldWhen()) {
      emit({
        ruleId: 'ST-03',
        severity: 'error',
        field: '*',
        text,
        message: 'A 503 says when the service will be back (“from 9am”, {availableAt, time, short}) or the entry is marked `permanent`.',
      });
    }
  }
  if (entry.status === 429 && !ctx.valueless) {
    const hasWait = [...args].some(([name]) => WAIT_ARG.test(name));
    if (!hasWait && !toldWhen()) {
      emit({
        ruleId: 'ST-03',
        severity: 'warning',
        field: '*',
        text,
        message: 'A 429 says how long to wait (“in 30 seconds”, {retryAfterSeconds, plural, …} or {retryAt, time, short}).',
      });
    }
  }
  // A transactional 5xx (tone rules table) and any high-severity error (the severity dial).
  const needsInputStatus = (entry.status >= 500 && entry.transactional === true) || entry.severity === 'high';
  if (needsInputStatus) {
    const mentions =
      [...args.keys()].some((n) => INPUT_ARG.test(n)) ||
      primaryTexts(ctx, ['title', 'description', 'nextSteps', 'alternative']).some(
        ({ variant }) => findTerms(variant.text, ctx.words?.inputStatus ?? [], variant.masks).length > 0,
      );
    // Only locales we have input words for can be checked by text; others pass on an argument.
    if (!mentions && (ctx.words?.inputStatus.length ?? 0) > 0) {
      emit({
        ruleId: 'ST-03',
        severity: 'warning',
        field: '*',
        text,
        message: 'Say what happened to the person’s input (saved, not sent, not charged), e.g. with {answersSaved, select, …}.',
      });
    }
  }
};

function contentWords(text: string, stop: readonly string[]): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.text.toLowerCase())
      .filter((w) => !stop.includes(w) && w.length > 1),
  );
}

// Calibrated on the built-in copy: short titles ("You have been signed out") share their key
// words with any description that explains them, so the rule looks for a first sentence that is
// mostly the title again (>= 60% of the title's content words and at most 2 new ones).
export const noTitleEcho: MessageRule = (ctx, emit) => {
  const stop = ctx.words?.stopwords ?? [];
  const [title] = primaryTexts(ctx, ['title']);
  const [description] = primaryTexts(ctx, ['description']);
  if (!title || !description) return;
  // A title that is an instruction ("Check your date of birth") is not restated by a description
  // that gives the reason ("The date of birth needs to be in the past"), however many words they share.
  const { language } = ctx;
  if (GRAMMAR.has(language) && isInstruction(title.variant.text, language, new Set((ctx.words?.imperatives ?? []).map(fold)), [])) return;
  const t = contentWords(title.variant.text, stop);
  if (t.size < 2) return;
  const first = sentences(description.variant.text)[0]?.text ?? '';
  const d = contentWords(first, stop);
  const shared = [...t].filter((w) => d.has(w)).length;
  const fresh = [...d].filter((w) => !t.has(w)).length;
  if (shared / t.size >= lengthLimits.titleEchoOverlap && fresh <= lengthLimits.titleEchoNewWords) {
    emit({
      ruleId: 'ST-05',
      severity: 'warning',
      field: 'description',
      branch: branchOf(description.field, description.variant),
      text: first,
      message: `The description starts by repeating the title (${shared} of its ${t.size} content words, ${fresh} new). Say the cause or the impact instead.`,
    });
  }
};
