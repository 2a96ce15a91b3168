import type { ReactNode } from 'react';
import type { BrandIdentity } from '../private/contracts.js';
import { ErrorSummary, type ErrorSummaryProps } from '../ErrorSummary/ErrorSummary.js';
import { ForwardArrowIcon } from '../private/icons.js';
import { NextSteps } from '../NextSteps/NextSteps.js';
import { RetryNotice, type RetryNoticeProps } from '../RetryNotice/RetryNotice.js';
import { safeHref } from '../safeHref/safeHref.js';
import { StatusLink } from '../StatusLink/StatusLink.js';
import { SupportReference } from '../SupportReference/SupportReference.js';
import * as styles from './ErrorPage.css.js';

/** The words of the page's chrome (not of the message), in the page's language. */
export interface ErrorPageLabels {
  /** Label of the support reference, e.g. "Reference". */
  readonly reference: string;
  /** e.g. "Quote this reference if you contact support." */
  readonly quoteReference: string;
  /** Status page link text; needed when `statusHref` is set. */
  readonly statusPage?: string;
  /** Summary of the diagnostics panel; needed when `diagnostics` is set. */
  readonly diagnostics?: string;
  /** Skip link text ("Skip to main content"); the skip link is rendered only when this is set. */
  readonly skipToContent?: string;
  /** Heading over the next steps ("What you can do"); none when unset. */
  readonly nextSteps?: string;
}

export interface ErrorPageProps {
  /** The one `h1`: what happened, in plain words. */
  readonly title: string;
  /** Short line above the title, e.g. "Error 404". */
  readonly eyebrow?: string;
  /** What happened and why. Strings are wrapped in a paragraph. */
  readonly description?: ReactNode;
  /** What the user can do, one sentence each. */
  readonly nextSteps?: readonly ReactNode[];
  /** The one prominent link: try again, sign in, or go to the home page. Dropped if its href is unsafe. */
  readonly primaryAction?: { readonly label: string; readonly href: string };
  /** Another way forward, e.g. contacting support: the help line, with the status link if any. */
  readonly alternative?: ReactNode;
  /** The answers to change (VALIDATION_FAILED), listed under the description. */
  readonly errors?: ErrorSummaryProps;
  /** When to try again, already formatted. */
  readonly retry?: RetryNoticeProps;
  /** Trace/request id for the support reference block. */
  readonly traceId?: string;
  /** Status page URL; shown with `labels.statusPage` in the help line, after `alternative`. */
  readonly statusHref?: string;
  /** Developer details (development, or authorised in production); in a closed `<details>`. */
  readonly diagnostics?: ReactNode;
  /** Name, home link and logo for the header and footer. Without one the page has neither. */
  readonly brand?: BrandIdentity;
  /** Footer content. Default: the brand name (no footer without either). */
  readonly footer?: ReactNode;
  readonly labels: ErrorPageLabels;
  /**
   * Only the content, for a host's own layout: no skip link, header, `main` landmark or footer
   * (the host's page has those), and no full-height box. Put it inside the host's `<main>`.
   */
  readonly embedded?: boolean;
}

/** The `id` of `main`, target of the skip link. */
export const mainId = 'errata-main';

/**
 * A complete error page body: brand header, `main` with one `h1`, next steps, one primary action,
 * the help line (with the status link), a light support reference, and a footer. Wrap it in `ErrorDocument` for a full HTML response.
 *
 * @example
 * <ErrorPage brand={{ name: 'Acme', homeHref: '/' }} title="Page not found"
 *   description="The page may have moved." nextSteps={['Check the address.']}
 *   primaryAction={{ label: 'Go to the home page', href: '/' }} traceId="4bf92f35..."
 *   labels={{ reference: 'Reference', quoteReference: 'Quote this reference if you contact support.' }} />
 */
export function ErrorPage(props: ErrorPageProps) {
  const { brand, labels } = props;
  if (props.embedded) {
    return (
      <div className={styles.embedded}>
        <div className={styles.container}>
          <ErrorContent {...props} />
        </div>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      {labels.skipToContent ? (
        <a className={styles.skipLink} href={`#${mainId}`}>
          {labels.skipToContent}
        </a>
      ) : null}
      {/* Without a brand there is no name to show: a header reading "Home" would only repeat the
          primary action, so the page starts with its main content. */}
      {brand ? (
        <header className={styles.header}>
          <div className={styles.container}>
            <BrandMark brand={brand} />
          </div>
        </header>
      ) : null}
      <main id={mainId} className={styles.main} tabIndex={-1}>
        <div className={styles.container}>
          <ErrorContent {...props} />
        </div>
      </main>
      {isPresent(props.footer) || brand ? (
        <footer className={styles.footer}>
          <div className={styles.container}>{isPresent(props.footer) ? asParagraph(props.footer) : <p className={styles.paragraph}>{brand?.name}</p>}</div>
        </footer>
      ) : null}
    </div>
  );
}

/** What the page says, in reading order: the same in a whole page and in a host's layout. */
function ErrorContent(props: ErrorPageProps) {
  const { labels } = props;
  const actionHref = props.primaryAction ? safeHref(props.primaryAction.href) : undefined;
  const hasStatus = Boolean(props.statusHref && labels.statusPage);
  return (
    <>
      {props.eyebrow ? <p className={styles.eyebrow}>{props.eyebrow}</p> : null}
      <h1 className={styles.title}>{props.title}</h1>
      {isPresent(props.description) ? <div className={styles.description}>{asParagraph(props.description)}</div> : null}
      {props.errors ? <ErrorSummary {...props.errors} /> : null}
      {props.retry ? <RetryNotice {...props.retry} /> : null}
      {props.nextSteps ? <NextSteps items={props.nextSteps} {...(labels.nextSteps ? { heading: labels.nextSteps } : {})} /> : null}
      {props.primaryAction && actionHref ? (
        <p className={styles.actions}>
          <a className={styles.primaryAction} href={actionHref}>
            {props.primaryAction.label}
            <ForwardArrowIcon />
          </a>
        </p>
      ) : null}
      {isPresent(props.alternative) || hasStatus ? (
        <div className={styles.alternative}>
          {isPresent(props.alternative) ? asParagraph(props.alternative) : null}
          {hasStatus ? <StatusLink href={props.statusHref as string} label={labels.statusPage as string} /> : null}
        </div>
      ) : null}
      {props.traceId ? <SupportReference traceId={props.traceId} label={labels.reference} quoteLabel={labels.quoteReference} /> : null}
      {isPresent(props.diagnostics) ? (
        <details className={styles.diagnostics}>
          <summary className={styles.diagnosticsSummary}>{labels.diagnostics ?? 'Diagnostics'}</summary>
          <div className={styles.diagnosticsBody}>{props.diagnostics}</div>
        </details>
      ) : null}
    </>
  );
}

function BrandMark({ brand }: { readonly brand: BrandIdentity }) {
  const home = safeHref(brand.homeHref ?? '/');
  const logo = brand.logo && /^data:image\/(?:png|svg\+xml)[;,]/iu.test(brand.logo.src) ? brand.logo : undefined;
  // A wide logo is a wordmark: it stands alone and its alt text names the link. A squarish one is
  // a symbol: the name is written beside it and names the link, so the image is decorative
  // (alt="") rather than announced twice.
  const wordmark = logo !== undefined && logo.width > logo.height * 1.5;
  const mark = (
    <>
      {logo ? <img className={styles.logo} src={logo.src} alt={wordmark ? logo.alt || brand.name : ''} width={logo.width} height={logo.height} /> : null}
      {wordmark ? null : <span className={styles.brandName}>{brand.name}</span>}
    </>
  );
  return home ? (
    <a className={styles.brandLink} href={home}>
      {mark}
    </a>
  ) : (
    <span className={styles.brandLink}>{mark}</span>
  );
}

function isPresent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

function asParagraph(node: ReactNode): ReactNode {
  return typeof node === 'string' || typeof node === 'number' ? <p className={styles.paragraph}>{node}</p> : node;
}
