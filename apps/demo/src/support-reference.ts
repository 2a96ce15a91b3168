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
