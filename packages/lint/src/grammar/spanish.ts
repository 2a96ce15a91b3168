// Spanish: does a sentence tell the person what to do? Judged by the form of the verb that opens a
// clause (imperative, infinitive, a verb with an attached pronoun) or a modal of permission
// ("Puede pagar…"), not only by the verb list. compromise's Spanish port is experimental, and
// these few patterns of the verb's ending are what the judgement needs.
import { fold } from '../text.js';

// Words that open a statement: articles, pronouns, prepositions, conjunctions, adverbs, and the
// auxiliaries and common third-person verbs of a statement ("Hay…", "No se ha guardado…").
const STATEMENT_OPENERS = new Set(
  (
    'el la los las lo un una unos unas su sus tu tus mi mis nuestro nuestra nuestros nuestras este esta estos estas esto ese esa eso aquel ' +
    'yo tu usted ustedes el ella nosotros ellos ellas se le les me te nos nada nadie algo alguien todo todos ninguno ninguna ' +
    'a al de del en con por para sin sobre entre hasta desde tras segun durante mediante ' +
    'y o u e pero ni que si cuando como donde porque aunque mientras pues ' +
    'ya aun todavia tambien tampoco solo muy mas menos hoy ayer manana ahora aqui alli asi quiza quizas casi siempre nunca ' +
    'ha han has he hemos habia hay hubo es son era eran fue fueron esta estan estaba estara sera puede pueden podria debe deben ' +
    'va van parece parecen falta faltan queda quedan sigue siguen tiene tienen existe existen ocurre paso'
  ).split(' '),
);

// A verb with a pronoun joined on and a written accent: "inténtelo", "súbalo", "póngase", "escríbanos".
const CLITIC_IMPERATIVE = /^[\p{L}]*[áéíóú][\p{L}]*(?:lo|la|los|las|le|les|se|nos|me|te)$/u;
// An infinitive, bare or with a pronoun: "volver", "intentarlo", "ponerse en contacto".
const INFINITIVE = /^[\p{L}]{2,}(?:ar|er|ir)(?:lo|la|los|las|le|les|se|nos|me|te)?$/u;
// The imperative and present-subjunctive endings (usted: "exporte", "escoja"; tú: "exporta", "escribe").
const IMPERATIVE_ENDING = /^[\p{L}]{3,}(?:e|a|en|an)$/u;
const MODALS = new Set(['puede', 'puedes', 'podra', 'podras', 'pueden', 'debe', 'debes', 'necesita', 'necesitas', 'tiene', 'tienes']);

function wordsOf(clause: string): string[] {
  return [...clause.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0].toLowerCase());
}

function opensWithInstruction(words: readonly string[], verbs: ReadonlySet<string>): boolean {
  let [first, second, third] = words;
  if (first === undefined) return false;
  // "No cierre esta página", "No te preocupes": a negative imperative.
  if (first === 'no') {
    const next = second === 'se' || second === 'le' || second === 'lo' || second === 'la' || second === 'te' ? third : second;
    return next !== undefined && !STATEMENT_OPENERS.has(fold(next)) && /(?:e|a|es|as|en|an)$/u.test(fold(next));
  }
  const plain = fold(first);
  if (verbs.has(plain)) return true;
  // "Puede volver…", "Puedes pagar…": permission; "Tiene que…", "Debe…" + infinitive: an instruction.
  if (MODALS.has(plain)) {
    if (second === 'que') [second, third] = [third, undefined];
    return second !== undefined && INFINITIVE.test(second);
  }
  if (STATEMENT_OPENERS.has(plain)) return false;
  if (CLITIC_IMPERATIVE.test(first) || INFINITIVE.test(first)) return true;
  // A verb form that cannot be a future or a past ("estará", "cortó" carry the accent on the end).
  return IMPERATIVE_ENDING.test(first) && !/[áéíóú]$/u.test(first);
}

/** Does this Spanish sentence tell the person what to do? `verbs` are the locale's imperatives, folded. */
export function tellsWhatToDoEs(sentence: string, verbs: ReadonlySet<string>): boolean {
  const parts = sentence.split(/[,;:]\s*/u);
  return parts.some((part, i) => {
    let words = wordsOf(part);
    // What follows a comma may start with a joining word: "…, y vuelva a intentarlo".
    while (i > 0 && words.length > 0 && ['y', 'o', 'luego', 'despues', 'entonces'].includes(fold(words[0]!))) words = words.slice(1);
    if (words[0] === 'por' && words[1] === 'favor') words = words.slice(2);
    // The modal may stand after an adverbial: "Mientras tanto, puede pagar…" is split above; "Si lo
    // necesita, puede…" too.
    return opensWithInstruction(words, verbs);
  });
}
