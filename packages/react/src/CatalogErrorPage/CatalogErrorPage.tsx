import type { ReactNode } from 'react';
import type { BrandIdentity, CatalogEntryFacts, FormattedMessageText, PageUiStrings } from '../private/contracts.js';
import { ErrorPage } from '../ErrorPage/ErrorPage.js';
import type { RetryNoticeProps } from '../RetryNotice/RetryNotice.js';
import { RichTextView } from '../RichTextView/RichTextView.js';
import { illustrationFor, primaryActionFor, statusHrefFor, type PageLinks } from './pageFromCatalog.js';

export interface CatalogErrorPageProps {
  /** From `formatMessage(catalog, code, { locale, tone, values })`. */
  readonly message: FormattedMessageText;
  /** The catalog entry of `message.code`. */
  readonly entry: CatalogEntryFacts;
  /** Configured URLs per link key; each passes `safeHref`, and a missing one leaves plain text. */
  readonly links: PageLinks;
  readonly traceId: string;
  /** Chrome words for the message's locale (`uiStrings(locale)`). */
  readonly ui: PageUiStrings;
  /** When to try again, already formatted (`ui.retryAfterSeconds` / `ui.retryAt`). */
  readonly retry?: RetryNoticeProps;
  readonly diagnostics?: ReactNode;
  readonly brand?: BrandIdentity;
  /** The request's own path, where "Try again" goes when `links.retry` is not set. */
  readonly currentHref?: string;
  /** Footer content, already formatted (`ui.footer` with the brand name). */
  readonly footer?: ReactNode;
  /** The content only, for a host's layout (see `ErrorPage`'s `embedded`): no header, `main` or footer. */
  readonly embedded?: boolean;
}

/**
 * An `ErrorPage` filled from a formatted catalog message: the title as `h1`, description and
 * next steps with their links resolved, the primary action the entry asks for, and the
 * status-page link for failures on our side.
 *
 * @example
 * <CatalogErrorPage message={formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'en' })}
 *   entry={builtinCatalog.get('NOT_FOUND')} links={{ home: '/' }} traceId={traceId} ui={uiStrings('en')} />
 */
export function CatalogErrorPage({ message, entry, links, traceId, ui, retry, diagnostics, brand, currentHref, footer, embedded }: CatalogErrorPageProps) {
  const statusHref = statusHrefFor(entry, links);
  return (
    <ErrorPage
      title={message.title}
      illustration={illustrationFor(entry)}
      description={<p>{<RichTextView text={message.description} links={links} />}</p>}
      nextSteps={message.nextSteps.map((step, index) => <RichTextView key={index} text={step} links={links} />)}
      primaryAction={primaryActionFor(entry, ui, links, currentHref)}
      alternative={message.alternative ? <p>{<RichTextView text={message.alternative} links={links} />}</p> : undefined}
      traceId={traceId}
      {...(retry ? { retry } : {})}
      {...(statusHref ? { statusHref } : {})}
      {...(diagnostics !== undefined ? { diagnostics } : {})}
      {...(brand ? { brand } : {})}
      {...(footer !== undefined ? { footer } : {})}
      {...(embedded ? { embedded } : {})}
      labels={{
        reference: ui.reference,
        quoteReference: ui.quoteReference,
        statusPage: ui.statusPage,
        diagnostics: ui.diagnostics,
        ...(ui.skipToContent ? { skipToContent: ui.skipToContent } : {}),
      }}
    />
  );
}
