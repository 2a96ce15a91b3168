// TN-01..09 that run on word lists and patterns (retext-based checks live in retext.ts).
import { toneConfig } from '../config/tones.js';
import { branchOf, primaryTexts, variantsOf, type MessageContext, type MessageRule, type RawFinding } from '../context.js';
import { overlaps, type Span, type Variant } from '../icu.js';
import { properNouns } from '../config/words.js';
import { blames } from '../grammar/blame.js';
import { tag } from '../grammar/english.js';
import { addressForms } from '../grammar/register.js';
import { bitteIsVerb } from '../grammar/german.js';
import { findTerms, sentences, words } from '../text.js';
import type { FindingSeverity } from '../types.js';

type Kind = 'title' | 'description' | 'nextSteps' | 'alternative';
const ALL: readonly Kind[] = ['title', 'description', 'nextSteps', 'alternative'];

/** Emit one finding per term hit in every variant of every field. */
function termRule(
  ctx: MessageContext,
  emit: (f: RawFinding) => void,
  terms: readonly string[],
  make: (hit: string) => { ruleId: string; severity: FindingSeverity; message: string; expected?: string } | undefined,
): void {
  if (terms.length === 0) return;
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    for (const hit of findTerms(variant.text, terms, variant.masks)) {
      const f = make(hit.term);
      if (f) emit({ ...f, field: field.field, branch: branchOf(field, variant), text: hit.text });
    }
  }
}

// A 4xx/5xx number that is not a quantity: "500 MB", "450 characters" or "400 €" are sizes, not statuses.
const STATUS =
  /(?<![\p{L}\p{N}.,:/-])[45]\d\d(?![\p{L}\p{N}]|[.,:]\d|\s?(?:[kmgt]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|ms|s|seconds?|minutes?|hours?|days?|characters?|words?|files?|items?|px|%|€|\$|£)(?![\p{L}\p{N}]))/giu;
const HEX = /(?<![\p{L}\p{N}])0x[0-9a-f]+(?![\p{L}\p{N}])/giu;

// Names from program code: a class or error type in CamelCase ("NullPointerException",
// "PromotionEngine"), a dotted package or module path ("java.net.SocketTimeoutException",
// "search.indexer.worker"), a constant in capitals with underscores ("ERR_CONNECTION_RESET"), a
// system error code ("ECONNREFUSED"). Brand names written the same way ("JavaScript", "PayPal")
// are in `properNouns`; a web address ("www.gov.uk") ends in a short domain and is not a path.
const CAMEL = /(?<![\p{L}\p{N}_.])\p{Lu}?\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]+)+(?![\p{L}\p{N}_])/gu;
const DOTTED = /(?<![\p{L}\p{N}_.@/])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}(?![\p{L}\p{N}_])/gu;
const CONSTANT =
  /(?<![\p{L}\p{N}_])(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|E(?:CONN|TIMEDOUT|NOENT|ACCES|PERM|ADDR|PIPE|HOST|NET|NOTFOUND|PROTO|MFILE|EXIST|BUSY|AI_)[A-Z_]*)(?![\p{L}\p{N}_])/gu;

function programNames(text: string): { index: number; name: string }[] {
  const out: { index: number; name: string }[] = [];
  for (const m of text.matchAll(CAMEL)) {
    // "iPhone", "eBay": a single lower-case letter before the capital is a brand's style.
    if (properNouns.includes(m[0]) || /^\p{Ll}\p{Lu}/u.test(m[0])) continue;
    out.push({ index: m.index, name: m[0] });
  }
  for (const m of text.matchAll(DOTTED)) {
    const last = m[0].slice(m[0].lastIndexOf('.') + 1);
    if (/^[a-z]{2,3}$/.test(last)) continue; // a domain: www.gov.uk, docs.example.com
    out.push({ index: m.index, name: m[0] });
  }
  for (const m of text.matchAll(CONSTANT)) out.push({ index: m.index, name: m[0] });
  // A CamelCase name inside a dotted path is reported once, as the path.
  return out.filter(
    (a) => !out.some((b) => b !== a && b.index <= a.index && a.index + a.name.length <= b.index + b.name.length && b.name.length > a.name.length),
  );
}

export const noTechnicalJargon: MessageRule = (ctx, emit) => {
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    for (const { index, name } of programNames(variant.text)) {
      if (overlaps({ start: index, end: index + name.length }, variant.masks)) continue;
      emit({
        ruleId: 'TN-01',
        severity: 'error',
        field: field.field,
        branch: branchOf(field, variant),
        text: name,
        message: `“${name}” is a name from program code. Say what happened in words the person uses.`,
      });
    }
    for (const re of [STATUS, HEX]) {
      for (const m of variant.text.matchAll(re)) {
        if (overlaps({ start: m.index, end: m.index + m[0].length }, variant.masks)) continue;
        emit({
          ruleId: 'TN-01',
          severity: 'error',
          field: field.field,
          branch: branchOf(field, variant),
          text: m[0],
          message: `“${m[0]}” is a technical code. Say what happened in plain words.`,
        });
      }
    }
  }
  termRule(ctx, emit, ctx.words?.jargon ?? [], (t) => ({
    ruleId: 'TN-01',
    severity: 'error',
    message: `“${t}” is technical jargon. Describe the problem as the person experiences it.`,
  }));
  termRule(ctx, emit, ctx.words?.technicalNouns ?? [], (t) => ({
    ruleId: 'TN-01',
    severity: 'warning',
    message: `“${t}” is a technical word. Name what the person sees (the page, the service, your account).`,
  }));
};

export const noBlame: MessageRule = (ctx, emit) => {
  const { language } = ctx;
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    for (const s of sentences(variant.text)) {
      if (blames(s.text, language) !== true) continue;
      emit({
        ruleId: 'TN-02',
        severity: 'error',
        field: field.field,
        branch: branchOf(field, variant),
        text: s.text,
        message: 'This sentence blames the person. Describe the problem, not what they did (“The postal code needs 5 digits”).',
      });
    }
  }
};

export const noHarshWords: MessageRule = (ctx, emit) => {
  termRule(ctx, emit, ctx.words?.harshError ?? [], (t) => ({
    ruleId: 'TN-03',
    severity: 'error',
    message: `“${t}” sounds dramatic or accusing. Say what is needed instead.`,
  }));
  termRule(ctx, emit, ctx.words?.harshWarning ?? [], (t) => ({
    ruleId: 'TN-03',
    severity: 'warning',
    message: `“${t}” is an alarming word. Use a calm, specific one.`,
  }));
};

const EMOJI = /\p{Extended_Pictographic}/gu;
const EMOTICON = /(?<!\S)(?:[:;=8][-'^]?[)(DPp\][/\\|3]|XD|\^\^|<3)(?!\S)/gu;

// A word that doubles as a verb ("Vaya a la página de inicio") is an interjection only where it
// stands on its own: alone in its sentence, opening one before a comma or "!", or inside ¡…!.
const VERB_USE = /^\s+(?:a|al|hacia)(?![\p{L}\p{M}\p{N}])/iu;
const INTERJECTION_AFTER = /^\s*(?:[,!¡]|[.?…]*$)/u;
const SENTENCE_OPENERS = /^[¡¿"“„«(\s]*/u;

function interjectionAt(text: string, hit: Span): boolean {
  const after = text.slice(hit.end);
  if (VERB_USE.test(after)) return false;
  const sentence = sentences(text).find((s) => s.start <= hit.start && hit.end <= s.end);
  if (!sentence) return false;
  const before = text.slice(sentence.start, hit.start);
  const inSentenceAfter = text.slice(hit.end, sentence.end);
  const opens = SENTENCE_OPENERS.exec(before)?.[0].length === before.length;
  if (opens && INTERJECTION_AFTER.test(inSentenceAfter)) return true;
  // Inside ¡…!: an opening ¡ before it and a closing ! after it, none closed in between.
  const open = before.lastIndexOf('¡');
  return open >= 0 && !before.slice(open).includes('!') && inSentenceAfter.includes('!');
}

export const noHumour: MessageRule = (ctx, emit) => {
  termRule(ctx, emit, ctx.words?.humour ?? [], (t) => ({
    ruleId: 'TN-04',
    severity: 'error',
    message: `“${t}” makes light of the problem. Say what happened, calmly.`,
  }));
  const interjections = ctx.words?.humourInterjections ?? [];
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    for (const hit of findTerms(variant.text, interjections, variant.masks)) {
      if (!interjectionAt(variant.text, hit)) continue;
      emit({
        ruleId: 'TN-04',
        severity: 'error',
        field: field.field,
        branch: branchOf(field, variant),
        text: hit.text,
        message: `“${hit.text}” as an interjection makes light of the problem. Say what happened, calmly.`,
      });
    }
  }
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    for (const re of [EMOJI, EMOTICON]) {
      for (const m of variant.text.matchAll(re)) {
        emit({
          ruleId: 'TN-04',
          severity: 'error',
          field: field.field,
          branch: branchOf(field, variant),
          text: m[0],
          message: 'No emoji or emoticons in error copy.',
        });
      }
    }
  }
};

export const apology: MessageRule = (ctx, emit) => {
  const { entry, tone } = ctx;
  const parts = primaryTexts(ctx, ALL);
  const hits = parts.flatMap(({ field, variant }) => findTerms(variant.text, ctx.words?.apology ?? [], variant.masks).map((h) => ({ field, h })));
  const atFault = entry.cause !== 'client' && entry.severity !== 'low';
  const allowed = tone === 'formal' ? atFault && entry.severity === 'high' : atFault;
  if (hits.length > 1) {
    emit({
      ruleId: 'TN-05',
      severity: 'error',
      field: '*',
      text: hits.map((x) => x.h.text).join(', '),
      message: `${hits.length} apologies in one message. Apologise once at most.`,
    });
  } else if (hits.length === 1 && !allowed) {
    const why =
      entry.cause === 'client'
        ? 'the cause is on the person’s side (cause: client)'
        : tone === 'formal'
          ? 'the formal tone apologises only at high severity'
          : 'the severity is low';
    emit({ ruleId: 'TN-05', severity: 'warning', field: hits[0]!.field.field, text: hits[0]!.h.text, message: `Do not apologise here: ${why}.` });
  }
  for (const { field, variant } of parts) {
    for (const h of findTerms(variant.text, ctx.words?.inconvenience ?? [], variant.masks)) {
      emit({
        ruleId: 'TN-05',
        severity: 'warning',
        field: field.field,
        text: h.text,
        message: `“${h.text}” is a stock phrase. Say what the person can do instead.`,
      });
    }
  }
};

const PLEASE_CONTEXT = /\b(?:wait|try\s+again|re-?enter|enter\s+\S+\s+again|type\s+\S+\s+again|check\s+back|come\s+back)\b/iu;

export const please: MessageRule = (ctx, emit) => {
  const max = toneConfig[ctx.tone].pleaseMax;
  const german = ctx.language === 'de';
  const hits = primaryTexts(ctx, ALL).flatMap(({ field, variant }) =>
    findTerms(variant.text, ctx.words?.please ?? [], variant.masks)
      .filter((h) => !(german && bitteIsVerb(words(variant.text.slice(h.end)).map((w) => w.text))))
      .map((h) => ({ field, variant, h })),
  );
  if (hits.length === 0) return;
  if (hits.length > max) {
    emit({
      ruleId: 'TN-06',
      // The neutral tone has no "please" at all (GOV.UK); elsewhere the count is a matter of degree.
      severity: max === 0 ? 'error' : 'warning',
      field: hits[0]!.field.field,
      text: hits[0]!.h.text,
      message:
        max === 0
          ? `No “${hits[0]!.h.text}” in the ${ctx.tone} tone: it makes the instruction sound optional.`
          : `“${hits[0]!.h.text}” ${hits.length} times; use it once at most.`,
    });
    return;
  }
  const [{ field, variant, h }] = hits as [(typeof hits)[number]];
  const sentence = sentences(variant.text).find((s) => s.start <= h.start && h.end <= s.end)?.text ?? variant.text;
  const wrongField = field.kind !== 'nextSteps';
  const wrongContext = ctx.english && !PLEASE_CONTEXT.test(sentence);
  if (wrongField || wrongContext) {
    emit({
      ruleId: 'TN-06',
      severity: 'warning',
      field: field.field,
      text: h.text,
      message: `Keep “${h.text}” for a next step that asks the person to wait, try again or re-enter something.`,
    });
  }
};

export const noVagueCause: MessageRule = (ctx, emit) => {
  const hasStep = ctx.fields.some((f) => f.kind === 'nextSteps' && f.source.trim() !== '');
  const unknownCause = ctx.entry.causeKnown === false && hasStep;
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    const branch = branchOf(field, variant);
    // "Something went wrong" is judged on its own: the vague lists must not re-report its
    // parts (ar "حدث خطأ ما" contains "حدث خطأ", "an error occurred").
    const somethingWrong = findTerms(variant.text, ctx.words?.somethingWrong ?? [], variant.masks);
    const covered = [...variant.masks, ...somethingWrong];
    for (const hit of findTerms(variant.text, ctx.words?.vagueError ?? [], covered)) {
      emit({
        ruleId: 'TN-07',
        severity: 'error',
        field: field.field,
        branch,
        text: hit.text,
        message: `“${hit.term}” says nothing. Say what is not working and what it means for the person.`,
      });
    }
    for (const hit of findTerms(variant.text, ctx.words?.vague ?? [], covered)) {
      emit({
        ruleId: 'TN-07',
        severity: 'warning',
        field: field.field,
        branch,
        text: hit.text,
        message: `“${hit.term}” is vague. Be specific about what happened.`,
      });
    }
    if (!unknownCause) {
      for (const hit of somethingWrong) {
        emit({
          ruleId: 'TN-07',
          severity: 'warning',
          field: field.field,
          branch,
          text: hit.text,
          message: `“${hit.term}” hides a cause we know. Say what went wrong (or set causeKnown: false).`,
        });
      }
    }
  }
};

export const noCondescension: MessageRule = (ctx, emit) => {
  for (const { field, variant } of variantsOf(ctx, ALL)) {
    for (const hit of findTerms(variant.text, ctx.words?.condescending ?? [], variant.masks)) {
      // English "just" talks down before an instruction ("Just type the amount"); before anything
      // else it is time or "only" ("has just been booked", "We just couldn't show a preview").
      if (ctx.english && hit.term === 'just' && !beforeInstruction(variant.text.slice(hit.end))) continue;
      emit({
        ruleId: 'TN-08',
        severity: 'warning',
        field: field.field,
        branch: branchOf(field, variant),
        text: hit.text,
        message: `“${hit.term}” can sound like talking down. Leave it out.`,
      });
    }
  }
};

function beforeInstruction(rest: string): boolean {
  const [next, after] = tag(rest.trimStart().split(/[.?!;]/u)[0] ?? '');
  if (!next) return false;
  if (next.normal === 'need' || next.normal === 'have') return after?.normal === 'to';
  return (next.tags.has('Infinitive') || next.tags.has('Imperative')) && !next.tags.has('Modal') && !next.tags.has('Auxiliary');
}

// English contractions; "'s" only after words where it is "is"/"has", never a possessive.
const CONTRACTION = /\b(?:\w+n['’]t|(?:i|you|we|they|he|she|it|that|there|what|who|where|here|let)['’](?:s|re|ve|ll|d|m)|\w+['’](?:re|ve|ll|m))\b/giu;
const NEGATIVE_CONTRACTION = /\b\w+n['’]t\b/giu;

export const register: MessageRule = (ctx, emit) => {
  const { tone, entry } = ctx;
  // Every branch combination is checked (a "tus respuestas" in one select branch is still tú);
  // dedupe in lint.ts folds the repeats of text shared by all branches.
  const all = [...variantsOf(ctx, ALL)];
  if (ctx.english) {
    for (const { field, variant } of all) {
      const branch = branchOf(field, variant);
      if (tone === 'formal') {
        for (const m of contractionsIn(variant))
          emit({
            ruleId: 'TN-09',
            severity: 'warning',
            field: field.field,
            branch,
            text: m,
            message: `No contractions in the formal tone: write “${expand(m)}”.`,
            expected: expand(m),
          });
      } else if (tone === 'neutral') {
        for (const m of variant.text.matchAll(NEGATIVE_CONTRACTION)) {
          if (overlaps({ start: m.index, end: m.index + m[0].length }, variant.masks)) continue;
          emit({
            ruleId: 'TN-09',
            severity: 'warning',
            field: field.field,
            branch,
            text: m[0],
            message: `No negative contractions in the neutral tone: write “${expand(m[0])}”.`,
            expected: expand(m[0]),
          });
        }
      }
    }
    // A whole-message measure: the primary text only, so branches are not counted twice.
    const parts = primaryTexts(ctx, ALL);
    const contractions = parts.reduce((n, p) => n + contractionsIn(p.variant).length, 0);
    if (tone === 'friendly' && contractions === 0 && parts.reduce((n, p) => n + words(p.variant.text).length, 0) >= 12) {
      emit({
        ruleId: 'TN-09',
        severity: 'info',
        field: '*',
        text: parts.map((p) => p.variant.text).join(' / '),
        message: 'The friendly tone reads more naturally with a contraction or two (we’ve, you’ll).',
      });
    }
  }
  // Questions: formal never; friendly/neutral only in the alternative path.
  for (const { field, variant } of all) {
    for (const s of sentences(variant.text)) {
      if (!/[?؟]$/u.test(s.text)) continue;
      const branch = branchOf(field, variant);
      if (tone === 'formal') {
        emit({
          ruleId: 'TN-09',
          severity: 'warning',
          field: field.field,
          branch,
          text: s.text,
          message: 'No questions in the formal tone: make it a statement.',
        });
      } else if (field.kind !== 'alternative') {
        const severity: FindingSeverity = tone === 'friendly' && entry.severity !== 'high' ? 'info' : 'warning';
        emit({
          ruleId: 'TN-09',
          severity,
          field: field.field,
          branch,
          text: s.text,
          message: 'Keep questions for the alternative path; elsewhere use a statement or an instruction.',
        });
      }
    }
  }
  // T–V address: one form per message; formal and neutral always formal; friendly informal only
  // where the brand allows it. Both are errors: the wrong "you" is a mistake in these languages,
  // not a matter of style.
  const allowInformal = tone === 'friendly' && (ctx.options.informalAddress ?? []).some((l) => l === ctx.locale || l === ctx.locale.split('-')[0]);
  const { language } = ctx;
  for (const { field, variant } of all) {
    const { informal, formal } = addressForms(variant.text, language, ctx.words, variant.masks);
    const branch = branchOf(field, variant);
    if (informal.length > 0 && formal.length > 0) {
      emit({
        ruleId: 'TN-09',
        severity: 'error',
        field: field.field,
        branch,
        text: [...informal, ...formal].map((h) => h.text).join(', '),
        message: `This mixes the informal “you” (${informal.map((h) => h.text).join(', ')}) with the formal one (${formal.map((h) => h.text).join(', ')}). Use one address throughout.`,
      });
    } else if (!allowInformal) {
      for (const h of informal) {
        emit({
          ruleId: 'TN-09',
          severity: 'error',
          field: field.field,
          branch,
          text: h.text,
          message: `“${h.text}” is the informal “you”. Use the formal address (${(ctx.words?.formalPronouns ?? []).slice(0, 2).join(', ')}) in the ${tone} tone.`,
        });
      }
    }
  }
  // Across fields: a description in tú and a next step in usted mix the address too.
  const perField = all.map(({ field, variant }) => ({ field, ...addressForms(variant.text, language, ctx.words, variant.masks) }));
  const informalField = perField.find((f) => f.informal.length > 0 && f.formal.length === 0);
  const formalField = perField.find((f) => f.formal.length > 0 && f.informal.length === 0);
  if (informalField && formalField && allowInformal) {
    emit({
      ruleId: 'TN-09',
      severity: 'error',
      field: '*',
      text: `${informalField.field.field}: ${informalField.informal[0]!.text} / ${formalField.field.field}: ${formalField.formal[0]!.text}`,
      message: `The ${informalField.field.field} speaks to the person informally (“${informalField.informal[0]!.text}”) and the ${formalField.field.field} formally (“${formalField.formal[0]!.text}”). Use one address throughout.`,
    });
  }
};

function contractionsIn(variant: Variant): string[] {
  return [...variant.text.matchAll(CONTRACTION)].filter((m) => !overlaps({ start: m.index, end: m.index + m[0].length }, variant.masks)).map((m) => m[0]);
}

/** Catalog-wide: the friendly tone does not mix "can't" and "cannot" within a locale (TN-09). */
export function mixedNegation(texts: readonly string[]): { contracted: boolean; full: boolean } {
  const joined = texts.join(' ');
  return { contracted: /\bcan['’]t\b/iu.test(joined), full: /\bcannot\b/iu.test(joined) };
}

const EXPANSIONS: Record<string, string> = {
  "can't": 'cannot',
  "won't": 'will not',
  "don't": 'do not',
  "doesn't": 'does not',
  "didn't": 'did not',
  "isn't": 'is not',
  "aren't": 'are not',
  "wasn't": 'was not',
  "weren't": 'were not',
  "haven't": 'have not',
  "hasn't": 'has not',
  "couldn't": 'could not',
  "wouldn't": 'would not',
  "shouldn't": 'should not',
  "we're": 'we are',
  "we've": 'we have',
  "we'll": 'we will',
  "you're": 'you are',
  "you've": 'you have',
  "you'll": 'you will',
  "it's": 'it is',
  "that's": 'that is',
  "there's": 'there is',
  "let's": 'let us',
  "i'm": 'I am',
};

function expand(word: string): string {
  const key = word.toLowerCase().replace(/’/g, "'");
  const full = EXPANSIONS[key] ?? key.replace(/n't$/, ' not');
  return /^[A-Z]/.test(word) ? full.charAt(0).toUpperCase() + full.slice(1) : full;
}
