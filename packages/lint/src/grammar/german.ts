// German: does a sentence tell the person what to do? Judged by word order, which German marks
// clearly: an imperative puts the verb first ("Exportieren Sie den Bericht", "Kopier den Text"),
// a statement puts its subject or an adverbial first and the verb second; a modal of permission
// ("Sie können … bezahlen") gives a way forward; so does the infinitive instruction of German
// interfaces ("Später erneut versuchen.").
import { fold } from '../text.js';

const ARTICLES_AND_PRONOUNS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen ' +
    'es ihn ihm ihr ihnen uns mich mir dich dir euch sie ' +
    'dein deine deinen deinem deiner ihre ihren ihrem ihrer ihres unser unsere ' +
    'diese diesen diesem dieser dieses alle allen weitere weiteren noch nicht erneut wieder'
  ).split(' '),
);
// Verbs that stand first in a statement or a question, never in an instruction here.
const FINITE = new Set(
  'ist sind war waren wird werden wurde wurden hat haben hatte hatten kann konnen konnte konnten gibt gab muss mussen darf durfen soll sollen'.split(' '),
);
const SUBJECTS = new Set('ich du er sie es wir ihr man'.split(' '));
const PERMISSION =
  /\b(?:(?:sie|wir)\s+(?:konnen|konnten|durfen|mussen)|(?:konnen|konnten|durfen|mussen)\s+sie|du\s+(?:kannst|darfst|musst)|(?:kannst|darfst|musst)\s+du)\b/u;
const NEGATION = /\b(?:nicht|kein|keine|keinen|keinem|keiner|nie|niemals)\b/u;
const LEADING = new Set(['bitte', 'und', 'oder', 'dann', 'danach', 'anschließend']);

/**
 * "Bitte den Eigentümer, …" is the du imperative of *bitten* (ask), not "please": as a verb it is
 * followed by its object, as "please" by the rest of the instruction ("Bitte versuchen Sie…").
 */
export function bitteIsVerb(following: readonly string[]): boolean {
  const next = following[0];
  return next !== undefined && ARTICLES_AND_PRONOUNS.has(fold(next)) && !['noch', 'nicht', 'erneut', 'wieder', 'es', 'sie'].includes(fold(next));
}

function wordsOf(clause: string): string[] {
  return [...clause.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => fold(m[0]));
}

function opensWithInstruction(words: readonly string[], verbs: ReadonlySet<string>, question: boolean): boolean {
  const [first, second] = words;
  if (first === undefined) return false;
  // "Wähl einen Tarif", "Kopier den Text": du imperatives without their final e are in the list with it.
  if (verbs.has(first) || verbs.has(`${first}e`)) return true;
  if (question || FINITE.has(first) || ARTICLES_AND_PRONOUNS.has(first) || SUBJECTS.has(first)) return false;
  // Verb first, then "Sie" or the object: "Buchen Sie eine andere Uhrzeit", "Probier es noch einmal".
  if (second === 'sie' || (second !== undefined && ARTICLES_AND_PRONOUNS.has(second))) return true;
  // "Später erneut versuchen.": an infinitive at the end and no subject.
  const last = words[words.length - 1]!;
  return words.length > 1 && verbs.has(last) && /en$/u.test(last) && !words.some((w) => SUBJECTS.has(w));
}

/** Does this German sentence tell the person what to do? `verbs` are the locale's imperatives, folded. */
export function tellsWhatToDoDe(sentence: string, verbs: ReadonlySet<string>): boolean {
  const question = /\?\s*$/u.test(sentence);
  return sentence.split(/[,;:]\s*/u).some((part) => {
    let words = wordsOf(part);
    while (words.length > 0 && LEADING.has(words[0]!) && !(words[0] === 'bitte' && bitteIsVerb(words.slice(1)))) words = words.slice(1);
    const joined = words.join(' ');
    if (!question && PERMISSION.test(joined) && !NEGATION.test(joined)) return true;
    return opensWithInstruction(words, verbs, question);
  });
}
