// Types owned by @errata/catalog and @errata/tokens (docs/architecture.md), narrowed to what the
// components read, so callers can pass the full objects and tests can pass just the facts.
import type { BannerTone, CatalogEntry, FormattedMessage, UiStrings } from '@errata/catalog';
import type { Brand, Tone as TokenTone } from '@errata/tokens';

export type { LinkKey, RichText, UserAction } from '@errata/catalog';

/** The parts of a `Brand` the page header needs. */
export type BrandIdentity = Pick<Brand, 'name' | 'homeHref' | 'logo'>;

/** The parts of a `Brand` the document needs. */
export type BrandStyle = Pick<Brand, 'name' | 'homeHref' | 'logo' | 'className' | 'css' | 'colorScheme'>;

/** The fields of a catalog entry a banner reads (category, status and action pick its icon). */
export type BannerEntryFacts = Pick<CatalogEntry, 'code' | 'bannerTone'> & Partial<Pick<CatalogEntry, 'category' | 'status' | 'action'>>;

/** The fields of a catalog entry the page mapping reads. */
export type CatalogEntryFacts = Pick<CatalogEntry, 'code' | 'status' | 'category' | 'cause' | 'action'> & Partial<Pick<CatalogEntry, 'links' | 'args'>>;

/** A formatted message, as the page renders it. */
export type FormattedMessageText = Pick<FormattedMessage, 'code' | 'locale' | 'dir' | 'title' | 'description' | 'nextSteps' | 'alternative'>;

/**
 * The chrome words the page uses. `uiStrings(locale)` fits: none of these keys has placeholders
 * (formatting with `formatUi` first is only needed for custom strings that use ICU quoting).
 */
export type PageUiStrings = Pick<UiStrings, 'reference' | 'quoteReference' | 'statusPage' | 'home' | 'diagnostics' | 'tryAgain' | 'signIn' | 'goBack'> &
  Partial<Pick<UiStrings, 'skipToContent' | 'errorSummary'>>;

// The catalog names banner tones for its entries; the tokens give each one colours. Both lists
// must stay the same set: this fails to compile the moment one gains a tone the other lacks.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const bannerTonesAgree: Same<BannerTone, TokenTone> = true;
