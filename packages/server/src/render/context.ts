import type { CatalogEntry, FormattedMessage, UiStrings } from '@errata/catalog';
import type { Diagnostics } from '../diagnostics/collect.js';
import type { Format, RequestLike } from '../types.js';

/** Everything a renderer needs for one response, already classified, negotiated and redacted. */
export interface ResponseContext {
  request: RequestLike;
  method: string;
  path: string;
  status: number;
  code: string;
  entry: CatalogEntry;
  format: Format;
  locale: string;
  traceId: string;
  message: FormattedMessage;
  ui: UiStrings;
  /** A 4xx message the thrower marked `expose: true`, redacted; otherwise undefined. */
  exposedMessage?: string | undefined;
  retryAfter?: { header: string; seconds?: number | undefined; at?: Date | undefined } | undefined;
  errors?: { path?: string; message: string }[] | undefined;
  diagnostics?: Diagnostics | undefined;
  /** Per-response CSP nonce, when the host chose nonces over hashes. */
  nonce?: string | undefined;
}
