// Which written copy a page in a given locale and tone shows. A custom code may be written in the
// source locale only, or in some tones only: the gaps fall back here (and `errata lint` reports
// each one as a warning), so every code renders in every catalog locale and tone.
import { localeCandidates } from './locale.js';
import { fallbackTone, type CatalogEntry, type MessageSet, type Tone } from './types.js';

export interface ResolvedMessageSet {
  /** The locale whose copy is used: the one asked for, its base language, or the source locale. */
  readonly locale: string;
  /** The tone whose copy is used: the one asked for, or neutral. */
  readonly tone: Tone;
  readonly set: MessageSet;
}

/**
 * The message set to show for `locale` and `tone`: the locale, then each shorter tag (`es-MX` ->
 * `es`), then the source locale; in that locale the tone, else neutral. Undefined only for an
 * entry without source-locale copy, which `defineCatalog` refuses.
 */
export function messageSetFor(entry: Pick<CatalogEntry, 'messages'>, locale: string, tone: Tone, sourceLocale = 'en'): ResolvedMessageSet | undefined {
  const candidates = localeCandidates(locale);
  if (!candidates.includes(sourceLocale)) candidates.push(sourceLocale);
  for (const candidate of candidates) {
    const byTone = Object.hasOwn(entry.messages, candidate) ? entry.messages[candidate] : undefined;
    if (!byTone) continue;
    const own = byTone[tone];
    if (own) return { locale: candidate, tone, set: own };
    if (byTone[fallbackTone]) return { locale: candidate, tone: fallbackTone, set: byTone[fallbackTone] };
  }
  return undefined;
}
