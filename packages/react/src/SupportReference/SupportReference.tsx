import * as styles from './SupportReference.css.js';

export interface SupportReferenceProps {
  /** The trace or request id; rendered as text only. */
  readonly traceId: string;
  /** Label before the id, e.g. "Reference". */
  readonly label: string;
  /** Words telling the user to quote it, e.g. "Quote this reference if you contact support." */
  readonly quoteLabel: string;
}

/**
 * The reference a user quotes to support, so on-call can find the request in the logs: a light
 * label with the id, quieter than the page's main action. One click selects the whole id.
 *
 * @example
 * <SupportReference traceId="4bf92f3577b34da6a3ce929d0e0e4736" label="Reference"
 *   quoteLabel="Quote this reference if you contact support." />
 */
export function SupportReference({ traceId, label, quoteLabel }: SupportReferenceProps) {
  if (typeof traceId !== 'string' || traceId === '') return null;
  return (
    <div className={styles.root}>
      <p className={styles.line}>
        <span className={styles.label}>{label}</span> {/* Ids are left-to-right whatever the page's language: keep their characters in order. */}
        <code className={styles.code} dir="ltr">
          {traceId}
        </code>
      </p>
      <p className={styles.hint}>{quoteLabel}</p>
    </div>
  );
}
