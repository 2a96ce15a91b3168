// What the copy review pages show: plain data, gathered by `errata review` (the catalog, the copy
// linter and the server's rendered pages), so these components do no catalog lookup or linting.

export type ReviewSeverity = 'error' | 'warning' | 'info';

export interface ReviewFinding {
  readonly ruleId: string;
  /** e.g. `tone/no-humour`. */
  readonly ruleName?: string;
  readonly severity: ReviewSeverity;
  readonly field: string;
  readonly branch?: string;
  readonly message: string;
  readonly text?: string;
  readonly expected?: string;
  /** The rule in the tone guide. */
  readonly url: string;
  readonly suppressed?: { readonly reason: string };
}

export interface ReviewCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** One code x locale x tone, as a row of the index. */
export interface ReviewRow extends ReviewCounts {
  readonly code: string;
  readonly locale: string;
  /** The language named in English, for the review's own (English) text. */
  readonly localeName: string;
  readonly tone: string;
  /** The formatted title, in `shownLocale`. */
  readonly title: string;
  /** Whose copy the page shows after fallback, when it is not this locale and tone. */
  readonly shownLocale: string;
  readonly shownTone: string;
  readonly dir: 'ltr' | 'rtl';
  readonly grade: number | null;
  /** The message's review page, relative to the index. */
  readonly href: string;
}

export interface ReviewFilterLink {
  readonly label: string;
  readonly href: string;
  readonly count: number;
  readonly current: boolean;
}

export interface ReviewFilterGroup {
  readonly heading: string;
  readonly links: readonly ReviewFilterLink[];
}

export interface ReviewField {
  /** `Title`, `Description`, `Next step 1`, `Alternative`. */
  readonly label: string;
  /** As written (ICU source): what a designer edits and what findings refer to. */
  readonly source: string;
}
