import { createHash } from 'node:crypto';

/** `sha256-<base64>` of the text as UTF-8: a CSP source for an inline `<style>` with exactly it. */
export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
