// Types owned by @errata/catalog and @errata/tokens (docs/architecture.md), in one place so the
// components name them once. Local mirrors until those packages export them.
export type LinkKey = 'home' | 'support' | 'status' | 'signIn' | 'back' | 'retry';
export type RichText = readonly (string | { readonly tag: LinkKey; readonly children: string })[];

/** The parts of a `Brand` the page header needs. */
export interface BrandIdentity {
  readonly name: string;
  readonly homeHref?: string;
  /** `src` must be a `data:image/(png|svg+xml)` URL (no external request); `defineBrand` checks it. */
  readonly logo?: { readonly src: string; readonly alt: string; readonly width: number; readonly height: number };
}

/** The parts of a `Brand` the document needs. */
export interface BrandStyle extends BrandIdentity {
  readonly className: string;
  readonly css: string;
  readonly colorScheme: 'light' | 'dark' | 'light dark';
}

export type UserAction = 'retry' | 'wait' | 'sign-in' | 'fix-input' | 'go-back' | 'contact-support' | 'upgrade';

/** The fields of a catalog entry the page mapping reads. */
export interface CatalogEntryFacts {
  readonly code: string;
  readonly status: number;
  readonly category: string;
  readonly cause: 'client' | 'system' | 'upstream';
  readonly action: UserAction;
}

export interface FormattedMessageText {
  readonly code: string;
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly title: string;
  readonly description: RichText;
  readonly nextSteps: readonly RichText[];
  readonly alternative?: RichText;
}

/** The chrome words the page uses (plain text: no ICU placeholders among these). */
export interface PageUiStrings {
  readonly reference: string;
  readonly quoteReference: string;
  readonly statusPage: string;
  readonly home: string;
  readonly diagnostics: string;
  readonly tryAgain: string;
  readonly signIn: string;
  readonly goBack: string;
  readonly skipToContent?: string;
}
