import { IntlMessageFormat } from 'intl-messageformat';

// Compiled ICU formats by locale + pattern: the UI strings are few, so this stays small.
const compiled = new Map<string, IntlMessageFormat>();
const MAX = 500;

/** Format one of the catalog's ICU UI strings; on any problem, the raw pattern's plain words. */
export function formatUi(pattern: string, locale: string, values: Record<string, string | number | Date>): string {
  const key = `${locale}\u0000${pattern}`;
  try {
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(pattern, locale);
      if (compiled.size >= MAX) compiled.clear();
      compiled.set(key, format);
    }
    const text = format.format(values);
    return typeof text === 'string' ? text : String(text);
  } catch {
    return '';
  }
}
