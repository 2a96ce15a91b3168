// IC-01: each template parses as ICU and is written as one translatable unit.
import type { MessageRule } from '../context.js';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const EMOJI = /\p{Extended_Pictographic}/u;

function plurals(elements: readonly MessageFormatElement[], out: { name: string; keys: string[]; usesOwnName: boolean }[]): void {
  for (const el of elements) {
    if (el.type === TYPE.plural) {
      const usesOwnName = Object.values(el.options).some((o) => mentions(o.value, el.value));
      out.push({ name: el.value, keys: Object.keys(el.options), usesOwnName });
      for (const o of Object.values(el.options)) plurals(o.value, out);
    } else if (el.type === TYPE.select) {
      for (const o of Object.values(el.options)) plurals(o.value, out);
    } else if (el.type === TYPE.tag) plurals(el.children, out);
  }
}

function mentions(elements: readonly MessageFormatElement[], name: string): boolean {
  return elements.some(
    (el) =>
      ((el.type === TYPE.argument || el.type === TYPE.number) && el.value === name) ||
      (el.type === TYPE.tag && mentions(el.children, name)) ||
      ((el.type === TYPE.select || el.type === TYPE.plural) && Object.values(el.options).some((o) => mentions(o.value, name))),
  );
}

// CLDR's "many" in Romance languages covers only numbers of a million and more (the exponent
// operand), which error copy never counts to; a missing branch there falls back to "other".
const RARE_CATEGORIES: Readonly<Record<string, readonly string[]>> = { es: ['many'], fr: ['many'], it: ['many'], pt: ['many'], ca: ['many'] };

const categoryCache = new Map<string, readonly string[]>();

function categories(locale: string): readonly string[] {
  let found = categoryCache.get(locale);
  if (!found) {
    try {
      found = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    } catch {
      found = ['other'];
    }
    categoryCache.set(locale, found);
  }
  return found;
}

export const wellFormed: MessageRule = (ctx, emit) => {
  for (const field of ctx.fields) {
    const base = { ruleId: 'IC-01', field: field.field, text: field.source } as const;
    if (!field.parsed.ok) {
      emit({ ...base, severity: 'error', message: `This is not valid ICU MessageFormat: ${field.parsed.error}.` });
      continue;
    }
    if (/^\s|\s$/u.test(field.source)) emit({ ...base, severity: 'warning', message: 'Leading or trailing whitespace.', expected: field.source.trim() });
    if (/\s{2,}/u.test(field.source.trim()))
      emit({ ...base, severity: 'warning', message: 'Double whitespace.', expected: field.source.trim().replace(/\s{2,}/gu, ' ') });
    if (EMOJI.test(field.source)) emit({ ...base, severity: 'error', message: 'No emoji in a template.' });
    const found: { name: string; keys: string[]; usesOwnName: boolean }[] = [];
    plurals(field.parsed.ast, found);
    if (found.length > 1)
      emit({ ...base, severity: 'warning', message: `${found.length} plurals in one message; split it or rewrite so each message has one.` });
    const needed = categories(ctx.locale);
    const rare = RARE_CATEGORIES[ctx.language] ?? [];
    for (const p of found) {
      const missing = needed.filter((c) => !p.keys.includes(c));
      const real = missing.filter((c) => !rare.includes(c));
      if (real.length > 0) {
        emit({ ...base, severity: 'warning', message: `The plural {${p.name}} lacks the ${ctx.locale} categories: ${real.join(', ')}.` });
      } else if (missing.length > 0) {
        emit({
          ...base,
          severity: 'info',
          message: `The plural {${p.name}} has no ${missing.join(', ')} branch; ${ctx.locale} uses it only for millions and up (e.g. "1 millón de"), where "other" reads fine.`,
        });
      }
      if (p.usesOwnName) emit({ ...base, severity: 'warning', message: `Use # inside the plural instead of {${p.name}}.` });
    }
  }
};
