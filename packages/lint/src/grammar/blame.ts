// Does a sentence blame the person? It does when the person is the one who acted and the act is
// framed as their fault: "You entered…", "You forgot…", "You did not select…", "your mistake",
// "Your password is wrong". It does not when the person is the one something happened to ("You
// have not been charged", "Se le ha cobrado", "Sie wurden abgemeldet"), when what they "did not"
// do is lose or receive something ("You have not lost any answers"), or when the sentence states
// a fact in the present ("You do not have access", "You need to sign in").
import { fold } from '../text.js';
import { tag, type Token } from './english.js';

// Verbs of entering or choosing something, and of getting it wrong. Only these make an affirmative
// "You …ed" sentence an accusation: "You started an application" and "You have used all of this
// month's allowance" are facts. Matched on the start of the word, so every form counts.
const EN_INPUT = [
  'enter',
  'typ',
  'sent',
  'send',
  'submit',
  'specif',
  'provid',
  'gave',
  'give',
  'chose',
  'choos',
  'select',
  'click',
  'upload',
  'made',
  'mak',
  'fill',
  'pick',
  'past',
  'answer',
  'tried',
];
const EN_FAULT = ['forg', 'fail', 'miss', 'mistyp', 'misspel', 'broke', 'break', 'exceed', 'neglect', 'omit', 'skip', 'overlook', 'mess'];
// What a person can "not have done" without being at fault: lose, receive, need, miss out.
const EN_EXPERIENCE = ['los', 'receiv', 'got', 'get', 'need', 'had', 'have', 'seen', 'see', 'heard', 'know', 'known', 'miss', 'been', 'be', 'own'];
const BE = new Set(['be', 'been', 'being', 'was', 'were', 'are', 'is', 'am', 'get', 'got', 'gotten']);
const HEDGES = [
  ['it', 'looks', 'like'],
  ['it', 'looks', 'as', 'if'],
  ['it', 'seems', 'like'],
  ['it', 'seems', 'that'],
  ['it', 'seems'],
  ['it', 'appears', 'that'],
  ['it', 'appears'],
  ['looks', 'like'],
  ['seems', 'like'],
  ['apparently'],
  ['unfortunately'],
  ['sorry'],
  ['oops'],
  ['whoops'],
];

const startsWithAny = (word: string, stems: readonly string[]): boolean => stems.some((s) => word.startsWith(s));
const is = (t: Token | undefined, ...tags: string[]): boolean => t !== undefined && tags.some((x) => t.tags.has(x));

function afterHedge(tokens: readonly Token[]): readonly Token[] {
  let rest = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of HEDGES) {
      if (h.every((w, i) => rest[i]?.normal === w)) {
        rest = rest.slice(h.length);
        changed = true;
      }
    }
  }
  return rest;
}

function blamesEnglish(sentence: string): boolean {
  const tokens = afterHedge(tag(sentence));
  if (tokens[0]?.normal !== 'you') return false;
  const group: Token[] = [];
  let main: Token | undefined;
  for (const t of tokens.slice(1)) {
    if (is(t, 'Auxiliary', 'Modal', 'Negative') || t.normal === 'not' || t.normal === 'never' || (is(t, 'Adverb') && !is(t, 'Verb'))) group.push(t);
    else {
      main = t;
      break;
    }
  }
  if (!main) return false;
  const words = group.map((t) => t.normal);
  const negated = words.includes('not') || words.includes('never');
  const before = words[words.length - 1];
  // "You have not been charged", "You were signed out": the person is the one acted on.
  if (before !== undefined && BE.has(before) && is(main, 'PastTense', 'Participle', 'Passive') && !is(main, 'Gerund')) return false;
  // "You must have mistyped…": an accusation dressed as a guess.
  if (words.includes('must') && words.includes('have') && is(main, 'PastTense', 'Participle')) return true;
  const past = is(main, 'PastTense', 'Participle') || words.some((w) => w === 'did' || w === 'have' || w === 'has' || w === 'had');
  if (!past) return false;
  const verb = main.normal;
  if (negated) return !startsWithAny(verb, EN_EXPERIENCE);
  return startsWithAny(verb, EN_INPUT) || startsWithAny(verb, EN_FAULT);
}

// Spanish: a past act of the person ("Usted introdujo…", "Escribiste mal…", "No ha seleccionado…",
// "Se ha equivocado…"). "Se" before the auxiliary makes the sentence impersonal ("No se ha
// guardado", "No se le ha cobrado"), except with *equivocarse*, to be mistaken.
const ES_INPUT = [
  'introduc',
  'introduj',
  'escrib',
  'escrit',
  'olvid',
  'seleccion',
  'elegi',
  'elig',
  'envi',
  'rellen',
  'complet',
  'equivoc',
  'puls',
  'tecle',
  'marc',
  'subi',
  'indic',
  'puesto',
  'pus',
  'hecho',
  'hiz',
  'us',
];
const ES_EXPERIENCE = ['perd', 'recib', 'necesit', 'tenid'];
const ES_PAST = /^(?:[\p{L}]+(?:aste|iste)|[\p{L}]+(?:ado|ido|to|cho|so)|[\p{L}]+(?:ó|ió)|introdujo|hizo|puso|dijo|trajo)$/u;

function blamesSpanish(sentence: string): boolean {
  let words = [...sentence.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0].toLowerCase());
  if (words[0] === 'usted' || words[0] === 'tú' || words[0] === 'tu') words = words.slice(1);
  const negated = words[0] === 'no';
  if (negated) words = words.slice(1);
  const reflexive = words[0] === 'se' || words[0] === 'te';
  if (reflexive) words = words.slice(1);
  if (words[0] === 'le' || words[0] === 'les') return false; // "(No) se le ha cobrado": done to the person
  const perfect = words[0] === 'ha' || words[0] === 'has';
  const verb = perfect ? words[1] : words[0];
  if (verb === undefined || !ES_PAST.test(verb)) return false;
  // Without "has"/"ha" the past must be the person's own: tú -aste/-iste, or an explicit "usted".
  const stem = fold(verb);
  if (reflexive) return stem.startsWith('equivoc');
  if (!perfect && !/(?:aste|iste)$/u.test(verb) && !/^(?:usted|tú)\b/iu.test(sentence.trim())) return false;
  if (negated) return !ES_EXPERIENCE.some((s) => stem.startsWith(s));
  return ES_INPUT.some((s) => stem.startsWith(s));
}

// German: "Sie haben … eingegeben", "Du hast … vergessen", "Sie haben … nicht ausgefüllt". The
// participle closes the clause; "wurden" instead of "haben" is the passive ("Sie wurden abgemeldet").
const DE_INPUT = [
  'eingegeben',
  'gegeben',
  'eingetragen',
  'ausgewahlt',
  'gewahlt',
  'ausgefullt',
  'vergessen',
  'vertippt',
  'ubersehen',
  'versaumt',
  'angegeben',
  'gesendet',
  'geschickt',
  'hochgeladen',
  'geklickt',
  'gemacht',
  'verwendet',
  'benutzt',
];
const DE_EXPERIENCE = ['verloren', 'erhalten', 'bekommen', 'gebraucht', 'gehabt'];

function blamesGerman(sentence: string): boolean {
  const words = [...sentence.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => fold(m[0]));
  const subject = (words[0] === 'sie' && words[1] === 'haben') || (words[0] === 'du' && words[1] === 'hast');
  if (!subject) return false;
  const clause = words.slice(2);
  const negated = clause.some((w) => w === 'nicht' || w === 'kein' || w === 'keine' || w === 'keinen' || w === 'nie');
  if (clause.some((w) => DE_INPUT.some((p) => w.endsWith(p)))) return true;
  // Negated, any participle but one of losing or receiving: "Sie haben die Datei nicht hochgeladen".
  const last = clause[clause.length - 1];
  return negated && last !== undefined && /^(?:\p{L}*ge\p{L}+|ver\p{L}+|be\p{L}+)(?:t|en)$/u.test(last) && !DE_EXPERIENCE.some((p) => last.endsWith(p));
}

// "your mistake", "por su error", "wegen Ihres Fehlers": the fault named as the person's.
const YOUR_FAULT: Readonly<Record<string, RegExp>> = {
  en: /\byour\s+(?:mistake|fault|error)s?\b/iu,
  es: /(?<![\p{L}])(?:su|tu|sus|tus)\s+(?:error|errores|culpa|equivocación|equivocacion)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:ihr|ihre|ihres|ihrem|ihren|ihrer|dein|deine|deines|deinem|deinen|deiner)\s+(?:fehler|fehlers|schuld|versehens?|irrtums?)(?![\p{L}])/iu,
};
// "Your password is wrong", "Su contraseña es incorrecta", "Ihre Eingabe ist falsch".
const WRONG_WITH_YOU: Readonly<Record<string, RegExp>> = {
  en: /\b(?:you|your)\b[^.?!]*\b(?:incorrect|wrong)\b/iu,
  es: /(?<![\p{L}])(?:su|sus|tu|tus|usted|tú)(?![\p{L}])[^.?!]*(?<![\p{L}])(?:incorrect[oa]s?|erróne[oa]s?|equivocad[oa]s?)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:Ihr|Ihre|Ihres|Ihrem|Ihren|Ihrer|[Dd]u|[Dd]ein|[Dd]eine|[Dd]eines|[Dd]einem|[Dd]einen|[Dd]einer)(?![\p{L}])[^.?!]*(?<![\p{L}])(?:falsch|falsche|falschen|falscher|falsches|inkorrekt\p{L}*|fehlerhaft\p{L}*)(?![\p{L}])/u,
};

const BY_LANGUAGE: Readonly<Record<string, (sentence: string) => boolean>> = { en: blamesEnglish, es: blamesSpanish, de: blamesGerman };

/** Does this sentence blame the person? Undefined for a language the linter has no grammar for. */
export function blames(sentence: string, language: string): boolean | undefined {
  const grammar = BY_LANGUAGE[language];
  if (!grammar) return undefined;
  return grammar(sentence) || YOUR_FAULT[language]!.test(sentence) || WRONG_WITH_YOU[language]!.test(sentence);
}
