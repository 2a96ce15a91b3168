// MC-01, MC-02 (the pattern parts; repeated words and a/an come from retext in retext.ts).
import { acronyms, properNouns } from '../config/words.js';
import { knownWord } from '../grammar/english.js';
import { branchOf, variantsOf, type MessageRule } from '../context.js';
import { overlaps } from '../icu.js';
import { words } from '../text.js';

/**
 * A word in capitals that is read letter by letter, not shouted: a code with digits ("SW1A 1AA",
 * "QQ 12 34 56 C"), a run of consonants ("JPG", "HMRC", "PNG"), or a short one that is no English
 * word ("GIF", "IBAN", "FAQ"). "MUST", "FREE", "ERROR" and "UNDER" are words, so they shout.
 */
function readAsLetters(word: string): boolean {
  if (/\p{N}/u.test(word)) return true;
  if (!/[AEIOUY]/u.test(word)) return true;
  return word.length <= 4 && !knownWord(word.toLowerCase());
}

// Languages that write sentence case like English (German capitalises nouns; Arabic has no case).
const SENTENCE_CASE = new Set(['en', 'es', 'fr', 'it', 'pt', 'nl']);

export const noShouting: MessageRule = (ctx, emit) => {
  for (const { field, variant } of variantsOf(ctx)) {
    for (const m of variant.text.matchAll(/[!¡]+/gu)) {
      emit({
        ruleId: 'MC-01',
        severity: 'error',
        field: field.field,
        branch: branchOf(field, variant),
        text: m[0],
        message: 'No exclamation marks in error copy: it reads as shouting or cheer.',
        expected: '.',
      });
    }
    for (const w of words(variant.text)) {
      const letters = w.text.replace(/[^\p{L}]/gu, '');
      if (letters.length < 3 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
      if (acronyms.includes(w.text) || overlaps(w, variant.masks) || readAsLetters(w.text)) continue;
      emit({
        ruleId: 'MC-01',
        severity: 'error',
        field: field.field,
        branch: branchOf(field, variant),
        text: w.text,
        message: `“${w.text}” in capitals reads as shouting. Write it in lower case (or add a real acronym to the allow-list).`,
        expected: w.text.toLowerCase(),
      });
    }
  }
};

const END = /[.?؟:…)"”»]$/u;

export const caseAndPunctuation: MessageRule = (ctx, emit) => {
  const lang = ctx.language;
  for (const { field, variant } of variantsOf(ctx)) {
    const text = variant.text.trim();
    if (text === '') continue;
    const branch = branchOf(field, variant);
    if (/\.\.\.|…/u.test(text)) {
      emit({ ruleId: 'MC-02', severity: 'warning', field: field.field, branch, text, message: 'No ellipsis: finish the sentence.' });
    }
    if (field.kind === 'title') {
      if (/\.$/u.test(text) && !text.endsWith('...')) {
        emit({
          ruleId: 'MC-02',
          severity: 'warning',
          field: field.field,
          branch,
          text,
          message: 'A title has no full stop at the end.',
          expected: text.replace(/\.$/u, ''),
        });
      }
      if (SENTENCE_CASE.has(lang)) {
        const list = words(variant.text);
        list.forEach((w, i) => {
          if (overlaps(w, variant.masks) || properNouns.includes(w.text) || acronyms.includes(w.text)) return;
          const first = /^\p{Lu}/u.test(w.text);
          const before = variant.text.slice(0, w.start).trimEnd();
          const startsSentence = i === 0 || /[.?!:؟¿¡]$/u.test(before);
          if (i > 0 && first && !startsSentence) {
            emit({
              ruleId: 'MC-02',
              severity: 'warning',
              field: field.field,
              branch,
              text: w.text,
              message: `Titles use sentence case: “${w.text}” should be lower case.`,
              expected: w.text.toLowerCase(),
            });
          } else if (i === 0 && !first && /^\p{Ll}/u.test(w.text)) {
            emit({ ruleId: 'MC-02', severity: 'warning', field: field.field, branch, text: w.text, message: 'Start the title with a capital letter.' });
          }
        });
      }
    } else if (!END.test(text)) {
      emit({ ruleId: 'MC-02', severity: 'warning', field: field.field, branch, text, message: 'End the sentence with a full stop.', expected: `${text}.` });
    }
  }
};
