import { useId, type ReactNode } from 'react';
import type { Tone } from '@errata/tokens';
import { CloseIcon, ToneIcon } from '../private/icons.js';
import { inheritColourLink } from '../private/link.css.js';
import { visuallyHidden } from '../private/visuallyHidden.css.js';
import { safeHref } from '../safeHref/safeHref.js';
import * as styles from './Banner.css.js';

/** Banner tone; the same names as the catalog's `BannerTone`. */
export type BannerTone = Tone;

export interface BannerProps {
  readonly tone: BannerTone;
  /** Short summary, e.g. "Search is slow right now". Names the banner's region. */
  readonly title: string;
  /** Explanation: text or inline content. Strings are wrapped in a paragraph. */
  readonly children?: ReactNode;
  /** One link to act on the news. Dropped if its href is not allowed by `safeHref`. */
  readonly action?: { readonly label: string; readonly href: string };
  /** Where the dismiss link goes (the server forgets the banner there): works with no JavaScript. */
  readonly dismissHref?: string;
  /** Accessible name of the dismiss link. Default "Dismiss". */
  readonly dismissLabel?: string;
  /**
   * Announce assertively (`role="alert"`). Default: only `critical` is urgent; everything else
   * is a polite `role="status"`, so screen readers finish what they are saying first.
   */
  readonly urgent?: boolean;
  /** Id of the banner; the title gets `${id}-title`. Default: a React `useId`. */
  readonly id?: string;
  /** Render the title as a heading of this level (default: a paragraph, so no outline changes). */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Hidden words read before the title, e.g. "Warning:", so tone is not conveyed by colour alone. */
  readonly toneLabel?: string;
}

/**
 * A message about the state of the service, for ordinary server-rendered pages.
 *
 * The `<section>` is a region landmark named by the title; the live role sits on an inner
 * element, because a landmark that is also a live region is announced inconsistently
 * (NVDA and VoiceOver drop one of the two roles).
 *
 * @example
 * <Banner tone="degraded" title="Search is slow right now" action={{ label: 'Check the status page', href: 'https://status.example.com' }}>
 *   We are showing saved results.
 * </Banner>
 */
export function Banner({ tone, title, children, action, dismissHref, dismissLabel = 'Dismiss', urgent, id, headingLevel, toneLabel }: BannerProps) {
  const generatedId = useId();
  const bannerId = id ?? `errata-banner${generatedId}`;
  const titleId = `${bannerId}-title`;
  const safeTone: BannerTone = Object.hasOwn(styles.banner, tone) ? tone : 'info';
  const role = (urgent ?? safeTone === 'critical') ? 'alert' : 'status';
  const actionHref = action ? safeHref(action.href) : undefined;
  const dismiss = dismissHref === undefined ? undefined : safeHref(dismissHref);
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';

  return (
    <section id={bannerId} className={styles.banner[safeTone]} aria-labelledby={titleId}>
      <div className={styles.live} role={role}>
        <ToneIcon tone={safeTone} className={styles.icon[safeTone]} />
        <div className={styles.content}>
          <Title id={titleId} className={styles.title}>
            {toneLabel ? <span className={visuallyHidden}>{`${toneLabel} `}</span> : null}
            {title}
          </Title>
          {children === undefined || children === null || children === false ? null : (
            <div className={styles.body}>{typeof children === 'string' ? <p className={styles.paragraph}>{children}</p> : children}</div>
          )}
          {action && actionHref ? (
            <p className={styles.action}>
              <a className={inheritColourLink} href={actionHref}>
                {action.label}
              </a>
            </p>
          ) : null}
        </div>
      </div>
      {dismiss ? (
        <a className={styles.dismiss} href={dismiss} aria-describedby={titleId}>
          <CloseIcon />
          <span className={visuallyHidden}>{dismissLabel}</span>
        </a>
      ) : null}
    </section>
  );
}
