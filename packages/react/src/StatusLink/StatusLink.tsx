import { link } from '../private/link.css.js';
import { safeHref } from '../safeHref/safeHref.js';
import * as styles from './StatusLink.css.js';

export interface StatusLinkProps {
  /** The status page; dropped (nothing rendered) unless it passes `safeHref`. */
  readonly href: string;
  /** Link text, e.g. "Check the service status page". */
  readonly label: string;
}

/**
 * A link to the service status page, for outages the user cannot fix.
 *
 * @example
 * <StatusLink href="https://status.example.com" label="Check the service status page" />
 */
export function StatusLink({ href, label }: StatusLinkProps) {
  const safe = safeHref(href);
  if (safe === undefined || !label) return null;
  return (
    <p className={styles.root}>
      <a className={link} href={safe}>
        {label}
      </a>
    </p>
  );
}
