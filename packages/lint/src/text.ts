// Small text helpers shared by the rules: whole-word term matching, sentences and words.
import { overlaps, type Span } from './icu.js';

export interface Match extends Span {
  readonly text: string;
  readonly term: string;
}

const regexCache = new Map<string, RegExp>();

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termSource(term: string): string {
  const wildcard = term.endsWith('*');
  const body = escapeRegExp(wildcard ? term.slice(0, -1) : term)
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['’]");
  return wildcard ? `${body}[\\p{L}\\p{M}]*` : body;
}

/** Whole-word, case-insensitive matches of any term, skipping masked placeholder spans. */
export function findTerms(text: string, terms: readonly string[], masks: readonly Span[] = [], caseSensitive = false): Match[] {
  if (terms.length === 0) return [];
  const key = `${caseSensitive ? 's' : 'i'}\u0000${terms.join('\u0000')}`;
  let re = regexCache.get(key);
  if (!re) {
    // Longest first, so "oh no" wins over "no".
    const sorted = [...terms].sort((a, b) => b.length - a.length);
    re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_'’-])(${sorted.map(termSource).join('|')})(?![\\p{L}\\p{M}\\p{N}_'’-])`, caseSensitive ? 'gu' : 'giu');
    regexCache.set(key, re);
  }
  const found: Match[] = [];
  for (const m of text.matchAll(re)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, masks)) continue;
    const lower = m[0].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const term = terms.find((t) => t.toLowerCase() === lower) ?? lower;
    found.push({ ...span, text: m[0], term });
  }
  return found;
}

/**
 * A word as compared with word lists: lower case, without accents or Arabic diacritics (both are
 * optional in real copy). NFD also splits hamza off its seat (إ → ا), so "اذا" matches "إذا".
 */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .toLowerCase();
}

export interface Sentence extends Span {
  readonly text: string;
}

/** Sentences, split after . ? ! ؟ (and ellipsis) followed by space; a field without an end mark is one sentence. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.?!؟。]*(?:[.?!؟。]+(?=\s|$)|$)/gu;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return mergeAbbreviations(out);
}

// "e.g." or a decimal should not end a sentence; merge a piece that starts in lower case.
function mergeAbbreviations(list: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const s of list) {
    const prev = merged[merged.length - 1];
    if (prev && /^[\p{Ll}\d]/u.test(s.text)) {
      merged[merged.length - 1] = { start: prev.start, end: s.end, text: `${prev.text} ${s.text}` };
    } else merged.push(s);
  }
  return merged;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

export function words(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const ARTICLES = new Set(['a', 'an', 'the']);

export function countWords(text: string): number {
  return words(text).length;
}

/** Words in a title as LN-01 counts them: a/an/the do not count (English). */
export function countTitleWords(text: string, locale: string): number {
  const all = words(text);
  return locale.startsWith('en') ? all.filter((w) => !ARTICLES.has(w.text.toLowerCase())).length : all.length;
}

/** Length in characters, letters and spaces collapsed. */
export function countChars(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}
