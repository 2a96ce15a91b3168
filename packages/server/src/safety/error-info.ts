/** What the rest of the server knows about a thrown value: plain, bounded, safe data. */
export interface ErrorInfo {
  kind: 'error' | 'errata' | 'string' | 'number' | 'bigint' | 'symbol' | 'null' | 'undefined' | 'object' | 'function' | 'proxy' | 'unknown';
  /** Bounded, e.g. 'TypeError'; 'NonError' for values that are not errors. */
  name: string;
  /** Bounded (8 KiB); never produced by a user `toString`. */
  message: string;
  /** Bounded (16 KiB). */
  stack?: string;
  /** The ErrataError code or a system code such as ECONNREFUSED. */
  code?: string;
  /** Only from an ErrataError. */
  errataCode?: string;
  /** From `status`, `statusCode` or boom's `output.statusCode`; integer 400..599 only. */
  status?: number;
  /** Only a literal `true` counts. */
  expose?: boolean;
  /** Error-supplied headers, already allow-listed and sanitised. */
  headers: Record<string, string>;
  retryAfter?: number | Date;
  /** ICU values from an ErrataError, primitives and dates only. */
  values?: Record<string, string | number | Date>;
  /** Validation details, bounded. */
  errors?: { path?: string; message: string }[];
  /** Flattened cause chain (and AggregateError errors), cycle-safe, at most 8. */
  causes: ErrorInfo[];
}

/** The bounds normalise() applies; exported so tests and renderers agree on them. */
export const limits = {
  name: 128,
  message: 8 * 1024,
  stack: 16 * 1024,
  code: 64,
  causes: 8,
  errors: 50,
  errorText: 1024,
  values: 32,
  valueText: 1024,
} as const;
