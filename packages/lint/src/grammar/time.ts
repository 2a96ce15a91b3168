// Does a text say when something will happen: a clock time, a day or date, or a wait with a unit
// ("at 6am", "from 9:00 on Monday", "in about 20 minutes", "ab 8 Uhr", "en unos 20 minutos")?
// ST-03 accepts that in the words of the message as well as in a time placeholder. Vague words
// ("soon", "later", "a while", "pronto", "bald") are not a time.
import { escapeRegExp } from '../text.js';

interface TimeWords {
  /** Units a number or "a"/"one" can count: "20 minutes", "a minute". */
  readonly units: readonly string[];
  /** Words that stand for one of a unit ("a", "one", "un", "eine"). */
  readonly one: readonly string[];
  /** Named times of day and relative days that are precise enough to plan by. */
  readonly named: readonly string[];
  readonly days: readonly string[];
  readonly months: readonly string[];
  /** How a bare hour is written as a time ("8 Uhr", "las 8"). */
  readonly hour: string;
}

const times: Readonly<Record<string, TimeWords>> = {
  en: {
    units: ['seconds?', 'minutes?', 'mins?', 'hours?', 'hrs?', 'days?', 'weeks?'],
    one: ['a', 'an', 'one', 'next', 'two', 'three', 'four', 'five', 'ten', 'fifteen', 'twenty', 'thirty', 'half an?'],
    named: ['midnight', 'noon', 'midday', 'tomorrow', 'tonight', 'overnight'],
    days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    hour: '\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)',
  },
  es: {
    units: ['segundos?', 'minutos?', 'horas?', 'días?', 'semanas?'],
    one: ['un', 'una', 'dos', 'tres', 'cinco', 'diez', 'quince', 'veinte', 'treinta', 'media'],
    named: ['medianoche', 'mediodía', 'mañana'],
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    hour: '(?:la|las)\\s+\\d{1,2}(?!\\s*(?:%|€))',
  },
  de: {
    units: ['Sekunden?', 'Minuten?', 'Stunden?', 'Tag(?:e|en)?', 'Wochen?'],
    one: ['eine', 'einer', 'einen', 'ein', 'zwei', 'drei', 'fünf', 'zehn', 'fünfzehn', 'zwanzig', 'dreißig', 'einer halben', 'eine halbe'],
    named: ['Mitternacht', 'Mittag', 'morgen', 'heute Abend', 'heute Nacht'],
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    hour: '\\d{1,2}\\s?Uhr',
  },
};

const cache = new Map<string, RegExp>();

function patternFor(language: string): RegExp | undefined {
  const w = times[language];
  if (!w) return undefined;
  let re = cache.get(language);
  if (!re) {
    const list = (xs: readonly string[]): string => xs.map((x) => x.split(' ').map(escapeRegExp).join('\\s+')).join('|');
    const raw = (xs: readonly string[]): string => xs.join('|');
    const alternatives = [
      '\\d{1,2}[:.]\\d{2}', // 9:00, 14.30
      w.hour,
      `(?:\\d+|${list(w.one)})\\s+(?:${raw(w.units)})`, // 20 minutes, a minute, eine Stunde
      list(w.named),
      list(w.days),
      `\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${list(w.months)})`, // 3 March, 1. Mai, 7 de diciembre
      `(?:${list(w.months)})\\s+\\d{1,2}`, // March 3
    ];
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    cache.set(language, re);
  }
  return re;
}

/** Does the text name a time, a day or a wait with a unit? Undefined for a language we have no words for. */
export function saysWhen(text: string, language: string): boolean | undefined {
  return patternFor(language)?.test(text);
}
