import type { ReactNode } from 'react';
import * as styles from './NextSteps.css.js';

export interface NextStepsProps {
  /** One sentence each, in the order a user should try them. Empty items are left out. */
  readonly items: readonly ReactNode[];
  /** Optional visible heading (e.g. "What you can do"), rendered as `h2`. */
  readonly heading?: string;
}

/**
 * What the user can do next, as a list (screen readers announce the count).
 *
 * @example
 * <NextSteps heading="What you can do" items={['Check the address.', 'Go to the home page.']} />
 */
export function NextSteps({ items, heading }: NextStepsProps) {
  const present = items.filter((item) => item !== null && item !== undefined && item !== false && item !== '');
  if (present.length === 0) return null;
  return (
    <div className={styles.root}>
      {heading ? <h2 className={styles.heading}>{heading}</h2> : null}
      <ul className={styles.list}>
        {present.map((item, index) => (
          <li key={index} className={styles.item}>
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}
