import type { ReactNode } from 'react';
import { uiStrings } from '@errata/catalog';
import type { BrandIdentity, CatalogEntryFacts, FormattedMessageText, PageUiStrings } from '../private/contracts.js';
import { ErrorPage } from '../ErrorPage/ErrorPage.js';
import type { RetryNoticeProps } from '../RetryNotice/RetryNotice.js';
import { RichTextView } from '../RichTextView/RichTextView.js';
import {
  actionLabel,
  actionLinks,
  fieldAnchor,
  mainActionStep,
  primaryActionFor,
  showsRetryNotice,
  statusHrefFor,
  stepLink,
  stepsLink,
  withReference,
  type PageLinks,
} from './pageFromCatalog.js';

/** One validation problem, as `ErrataError`'s `errors` carry them. */
export interface ValidationIssue {
  /** The field; when it is a single token it is taken as the field's `id` and linked to. */
  readonly path?: string;
  readonly message: string;
}

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
  /** The page the person came from (a same-origin path), where "Go back" goes when `links.back` is not set. */
  readonly backHref?: string;
  /** Footer content, already formatted (`ui.footer` with the brand name). */
  readonly footer?: ReactNode;
  /** The answers to change, listed in an error summary (linked to their fields on `backHref`). */
  readonly errors?: readonly ValidationIssue[];
  /**
   * Query parameter that carries the reference on support links (`'ref'` gives
   * `/support?ref=<id>`), so a support form can be filled in. None when unset.
   */
  readonly supportReferenceParam?: string;
  /** The content only, for a host's layout (see `ErrorPage`'s `embedded`): no header, `main` or footer. */
  readonly embedded?: boolean;
}

/**
 * An `ErrorPage` filled from a formatted catalog message: the title as `h1`, the description,
 * the next steps with their links resolved, and one main action: the next step that links
 * somewhere becomes the button (and is not repeated as a bullet). Validation errors are listed,
 * the status link joins the help line, and support links carry the reference.
 *
 * @example
 * <CatalogErrorPage message={formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'en' })}
 *   entry={builtinCatalog.get('NOT_FOUND')} links={{ home: '/' }} traceId={traceId} ui={uiStrings('en')} />
 */
export function CatalogErrorPage(props: CatalogErrorPageProps) {
  const { message, entry, traceId, ui, retry, diagnostics, brand, footer, embedded } = props;
  const links: PageLinks = { ...props.links, support: withReference(props.links.support, traceId, props.supportReferenceParam) };
  const forAction = actionLinks(links, props.currentHref, props.backHref);
  const steps = Array.isArray(message.nextSteps) ? message.nextSteps : [];
  const actionStep = mainActionStep(steps, forAction);
  const link = stepLink(steps[actionStep]);
  const primaryAction =
    actionStep >= 0 && link
      ? { label: actionLabel(link.children, message.locale), href: forAction[link.tag] as string }
      : stepsLink(steps)
        ? undefined
        : primaryActionFor(entry, ui, forAction);
  const statusHref = statusHrefFor(entry, links);
  const errors = errorItems(props.errors, props.backHref);
  return (
    <ErrorPage
      title={message.title}
      description={<p>{<RichTextView text={message.description} links={links} />}</p>}
      nextSteps={steps.flatMap((step, index) => (index === actionStep ? [] : [<RichTextView key={index} text={step} links={links} />]))}
      {...(primaryAction ? { primaryAction } : {})}
      alternative={message.alternative ? <p>{<RichTextView text={message.alternative} links={links} />}</p> : undefined}
      traceId={traceId}
      {...(errors ? { errors: { title: ui.errorSummary ?? fallbackSummaryTitle(message.locale), items: errors } } : {})}
      {...(retry && showsRetryNotice(entry) ? { retry } : {})}
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

function errorItems(errors: readonly ValidationIssue[] | undefined, backHref: string | undefined) {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  return errors.map((issue) => {
    const anchor = backHref === undefined ? undefined : fieldAnchor(issue.path);
    return { text: issue.message, ...(anchor ? { href: `${backHref?.split('#')[0]}#${anchor}` } : {}) };
  });
}

/** The built-in title of the error summary in the message's language (for UI strings without one). */
function fallbackSummaryTitle(locale: string): string {
  return uiStrings(locale).errorSummary;
}
