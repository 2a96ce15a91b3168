// English part of speech, from compromise (a browser-safe tagger), for the rules that judge a
// sentence by its grammar rather than by a word list: does a next step tell the person what to do
// (ST-02), does a "you" sentence say they did something wrong (TN-02), is "just" talking down
// (TN-08).
import nlp from 'compromise/two';

export interface Token {
  /** Lower case, contractions expanded: "couldn't" is two tokens, "could" and "not". */
  readonly normal: string;
  readonly tags: ReadonlySet<string>;
}

// compromise's own lexicon and its list of words that are both noun and verb ("book", "email"
// when it knows them). Read once from its model; `nlp.world()` is its documented way to reach it.
interface Model {
  readonly one?: { readonly lexicon?: Readonly<Record<string, string>> };
  readonly two?: { readonly switches?: Readonly<Record<string, string>> };
}
const model = ((nlp.world() as { model?: Model }).model ?? {}) as Model;
const lexicon = model.one?.lexicon ?? {};
const switches = model.two?.switches ?? {};

// Tagging is the costly part and the same sentence comes back for every tone and branch; keep a
// bounded memo (cleared when full, which a lint run of any real catalog never reaches).
const memo = new Map<string, Token[]>();
const MEMO_LIMIT = 5000;

/** The words of one sentence with their part-of-speech tags. */
export function tag(sentence: string): Token[] {
  let tokens = memo.get(sentence);
  if (!tokens) {
    tokens = nlp(sentence).docs.flatMap((terms) =>
      terms
        .map((t) => {
          const { machine, implicit } = t as { machine?: string; implicit?: string };
          return { normal: (machine || implicit || t.normal).replace(/’/g, "'"), tags: t.tags ?? new Set<string>() };
        })
        .filter((t) => t.normal !== ''),
    );
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(sentence, tokens);
  }
  return tokens;
}

const has = (t: Token | undefined, ...tags: string[]): boolean => t !== undefined && tags.some((x) => t.tags.has(x));

/** Is this (lower-case) word in compromise's English lexicon? */
export function knownWord(word: string): boolean {
  return lexicon[word] !== undefined || switches[word] !== undefined;
}

/** A word compromise knows only as something other than a verb (a noun, an adjective, a name). */
function neverVerb(word: string): boolean {
  const known = lexicon[word];
  if (known === undefined) return false; // unknown words ("screenshot", "reconnect") may be verbs
  if (/Verb|Infinitive|Imperative|PresentTense|PhrasalVerb/.test(known)) return false;
  return !/Verb|Present/.test(switches[word] ?? '');
}

// Words that open a clause without being a verb: they start a subject or an adverbial.
const CLOSED = ['Pronoun', 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Modal', 'Auxiliary', 'Copula', 'Negative', 'QuestionWord', 'Value'];
// Inflected forms are never the bare verb of an imperative ("Updates appear…", "Saved searches…").
const INFLECTED = ['Plural', 'PastTense', 'Gerund', 'Participle', 'Possessive', 'Comparative', 'Superlative'];
// After the subject of a statement comes its verb: "Service will resume", "Staff accounts are managed".
const FINITE = ['Modal', 'Auxiliary', 'Copula', 'PastTense'];

/** Does the clause open with an imperative ("Export the report…", "Head back to…", "Do not close…")? */
function opensWithImperative(tokens: readonly Token[]): boolean {
  const [first, second, third] = tokens;
  if (!first) return false;
  // "Do not close this page", "Don't refresh": a negative imperative is still an instruction.
  if (first.normal === 'do' && second?.normal === 'not') return true;
  // "Thank you for…" is a first-person formula ("[I] thank you"), not an instruction.
  if (first.normal === 'thank' || first.normal === 'thanks') return false;
  if (has(first, ...CLOSED, ...INFLECTED, 'Adverb', 'Expression')) {
    // compromise tags "select" an adjective; a word that can be a verb still opens an imperative.
    if (!(has(first, 'Adjective') && /Present/.test(switches[first.normal] ?? ''))) return false;
  }
  if (neverVerb(first.normal) && !has(first, 'Imperative', 'Infinitive')) return false;
  // A subject followed by its verb is a statement, not an instruction.
  if (has(second, ...FINITE) || (has(third, ...FINITE) && !has(second, 'Determiner', 'Possessive', 'Pronoun', 'Preposition', 'Value'))) return false;
  return true;
}

const PERMISSION = new Set(['can', 'could', 'may', 'might', 'must', 'should']);

/** "You can…", "You may…", "You'll need to…", "You are welcome to…": a "you" clause that gives the person a way forward. */
function youMay(tokens: readonly Token[]): boolean {
  const [first, verb, ...rest] = tokens;
  if (first?.normal !== 'you' || !verb) return false;
  // "You cannot change this" is a fact about the page, not a way forward.
  if (tokens.some((t) => t.normal === 'not' || t.normal === 'never' || has(t, 'Negative'))) return false;
  if (PERMISSION.has(verb.normal)) return true;
  const [a, b] = rest;
  // "You need to…", "You have to…", "You will need to…", "You are able to…", "You are welcome to…".
  if ((verb.normal === 'need' || verb.normal === 'have') && a?.normal === 'to') return true;
  if (verb.normal === 'will' && (a?.normal === 'need' || a?.normal === 'have' || a?.normal === 'want') && b?.normal === 'to') return true;
  return verb.normal === 'are' && (a?.normal === 'able' || a?.normal === 'welcome');
}

/** "Would you like to sign in again?", "Do you want to…": an offer is an indirect instruction. */
function offers(tokens: readonly Token[]): boolean {
  const [first, second, third, fourth] = tokens;
  return (
    (first?.normal === 'would' || first?.normal === 'do') &&
    second?.normal === 'you' &&
    (third?.normal === 'like' || third?.normal === 'want') &&
    fourth?.normal === 'to'
  );
}

const COORDINATORS = new Set(['and', 'or', 'but', 'so', 'then', 'please']);

/**
 * The clauses a reader could take as an instruction: the sentence itself, and what follows each
 * comma, semicolon, colon or "then" ("If it still fails, contact us", "…is back, so you can close
 * this page"), each without a leading "please" or coordinator.
 */
function clauses(sentence: string): Token[][] {
  const parts = sentence.split(/[,;:]\s*|\s+then\s+/iu).filter((p) => p.trim() !== '');
  const out: Token[][] = [];
  for (const part of [sentence, ...parts.slice(1)]) {
    const tokens = tag(part);
    let i = 0;
    // "…, then send it", "Simply sign in again", "Now reload": joining words and adverbs before the verb.
    while (i < tokens.length && (COORDINATORS.has(tokens[i]!.normal) || (has(tokens[i], 'Adverb', 'Conjunction') && !has(tokens[i], 'Verb')))) i += 1;
    out.push(tokens.slice(i));
  }
  return out;
}

/** Does this English sentence tell the person what to do? */
export function tellsWhatToDo(sentence: string): boolean {
  return clauses(sentence).some((c) => opensWithImperative(c) || youMay(c) || offers(c));
}
