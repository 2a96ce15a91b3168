// How a message addresses the person in a T–V language: the informal "you" (es tú, de du, fr tu)
// and the formal one (es usted, de Sie, fr vous). Pronouns count wherever they stand; verb forms
// count where they open a clause, because a verb form that is a tú imperative at the start
// ("Sigue los pasos") is an ordinary third person inside one ("si el problema sigue").
import type { LocaleWords } from '../config/words.js';
import { overlaps, type Span } from '../icu.js';
import { findTerms, fold } from '../text.js';

export interface AddressForm extends Span {
  readonly text: string;
}

export interface Address {
  readonly informal: readonly AddressForm[];
  readonly formal: readonly AddressForm[];
}

// Where a clause opens: the start, after punctuation, after a joining word (es y/o/e/luego, de
// und/oder/dann). An opening mark or quote may come first.
const OPENING = /(?:^|[.?!;:,¡¿]\s*|(?<![\p{L}])(?:y|o|e|u|luego|und|oder|dann|danach)\s+)["“„«(]?([\p{L}\p{M}]+)/giu;

function clauseOpeners(text: string): AddressForm[] {
  const out: AddressForm[] = [];
  for (const m of text.matchAll(OPENING)) {
    const word = m[1]!;
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

// German "Sie" opening a sentence is formal "you" when its verb is plural ("Sie können", "Sie
// haben"); with a singular verb it is "she" or "it" ("Sie ist gespeichert", of a file).
const SINGULAR_AFTER_SIE =
  /^\s+(?:ist|war|wird|wurde|hat|hatte|kann|konnte|darf|muss|soll|will|enthält|fehlt|liegt|passt|läuft|bleibt|steht|gilt|hat)(?![\p{L}])/u;

/** The informal and formal address forms in a text, masked placeholder spans left out. */
export function addressForms(text: string, language: string, words: LocaleWords | undefined, masks: readonly Span[] = []): Address {
  if (!words || words.informalPronouns.length === 0) return { informal: [], formal: [] };
  const german = language === 'de';
  const informal: AddressForm[] = findTerms(text, words.informalPronouns, masks);
  // German capitalises the formal pronouns, so "sie" (they) and "ihr" (her) are not them.
  const formal: AddressForm[] = findTerms(text, words.formalPronouns, masks, german).filter(
    (h) => !(german && h.text === 'Sie' && SINGULAR_AFTER_SIE.test(text.slice(h.end))),
  );
  const informalVerbs = new Set(words.informalVerbs.map(fold));
  const formalVerbs = new Set(words.formalVerbs.map(fold));
  for (const opener of clauseOpeners(text)) {
    if (overlaps(opener, masks)) continue;
    const w = fold(opener.text);
    const next = text.slice(opener.end).trimStart();
    if (german) {
      // "Prüfen Sie" is formal; "Prüfe", "Wähl" (du, often without its final e) informal.
      if (/^Sie(?![\p{L}])/u.test(next)) continue; // the "Sie" itself is counted above
      if (informalVerbs.has(w) || informalVerbs.has(`${w}e`)) informal.push(opener);
    } else if (informalVerbs.has(w)) informal.push(opener);
    else if (formalVerbs.has(w)) formal.push(opener);
  }
  // Verbs of the informal list may also stand anywhere when they can only be second person.
  for (const hit of findTerms(
    text,
    words.informalVerbs.filter((v) => /(?:st|as|es)$/u.test(v) && v.length > 3),
    masks,
  )) {
    if (!informal.some((f) => f.start === hit.start)) informal.push(hit);
  }
  return { informal, formal };
}
