import { builtinCatalog, formatMessage, type Tone } from '@errata/catalog';
import type { ErrorStore } from '@errata/ops';

/**
 * The reference an error page shows is its trace id: 32 hexadecimal characters. People paste it
 * with spaces, dashes or in capitals, so those are forgiven.
 */
export type ReferenceCheck = { kind: 'empty' } | { kind: 'valid'; reference: string } | { kind: 'invalid' };

export function checkReference(value: unknown): ReferenceCheck {
  if (typeof value !== 'string') return { kind: 'empty' };
  const trimmed = value.slice(0, 200).trim();
  if (trimmed === '') return { kind: 'empty' };
  const compact = trimmed.replace(/[\s-]/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(compact) ? { kind: 'valid', reference: compact } : { kind: 'invalid' };
}

/** What a person who pasted a reference may learn: whether we have it, when it happened, and the page's public title. */
export type ReferenceLookup =
  | { readonly kind: 'known'; readonly time: Date; readonly title: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unavailable' };

/**
 * Looks a valid reference up in the recent errors. Nothing internal leaves here: no code, status,
 * message, path or component, only the time and the title the error page itself showed (in the
 * person's language and tone). A store that is down says so rather than "unknown".
 */
export async function lookUpReference(store: ErrorStore, reference: string, tone: Tone, locale = 'en'): Promise<ReferenceLookup> {
  try {
    const record = await store.get(reference);
    if (!record) return { kind: 'unknown' };
    const title = builtinCatalog.has(record.code) ? formatMessage(builtinCatalog, record.code, { locale, tone }).title : 'Something went wrong';
    return { kind: 'known', time: new Date(record.time), title };
  } catch {
    return { kind: 'unavailable' };
  }
}
