import { link } from '../private/link.css.js';
import { safeHref } from '../safeHref/safeHref.js';
import * as styles from './ErrorSummary.css.js';

export interface ErrorSummaryItem {
  /** What is wrong, in words the person can act on ("Enter an email address"). */
  readonly text: string;
  /** Where the field is (`/form#email`); the item is plain text without one, or if it is unsafe. */
  readonly href?: string;
}

export interface ErrorSummaryProps {
  /** The list's title, e.g. "Answers to check". */
  readonly title: string;
  readonly items: readonly ErrorSummaryItem[];
}

/** The `id` of the summary's title. There is one summary per page. */
export const errorSummaryTitleId = 'errata-error-summary-title';

/**
 * The answers that need changing, as a titled list (GOV.UK's error summary pattern): each item
 * links to its field when the field's address is known. The list is an alert, so a screen reader
 * reads it out as the page loads, with no script.
 *
 * @example
 * <ErrorSummary title="Answers to check" items={[{ text: 'Enter an email address', href: '/sign-up#email' }]} />
 */
export function ErrorSummary({ title, items }: ErrorSummaryProps) {
  const present = Array.isArray(items) ? items.filter((item) => typeof item?.text === 'string' && item.text !== '') : [];
  if (present.length === 0) return null;
  return (
    <div className={styles.root} role="alert" aria-labelledby={errorSummaryTitleId}>
      <h2 id={errorSummaryTitleId} className={styles.title}>
        {title}
      </h2>
      <ul className={styles.list}>
        {present.map((item, index) => {
          const href = item.href === undefined ? undefined : safeHref(item.href);
          return (
            <li key={index} className={styles.item}>
              {href === undefined ? (
                item.text
              ) : (
                <a className={link} href={href}>
                  {item.text}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
