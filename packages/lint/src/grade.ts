// One Flesch–Kincaid grade per text (RD-01, and the Copy review page in Storybook).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { sentences, words } from './text.js';

/** Flesch–Kincaid grade level of English text, rounded to one decimal; 0 for text with no words. */
export function readingGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const sentenceCount = Math.max(1, sentences(text).length);
  const syllables = list.reduce((n, w) => n + Math.max(1, syllable(w.text)), 0);
  const grade = fleschKincaid({ sentence: sentenceCount, word: list.length, syllable: syllables });
  return Math.round(grade * 10) / 10;
}
