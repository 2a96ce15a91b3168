import { ClockIcon } from '../private/icons.js';
import * as styles from './RetryNotice.css.js';

export interface RetryNoticeProps {
  /** The notice, already formatted for the user's locale ("Try again in 30 seconds."). */
  readonly text: string;
  /** The wait in seconds the text describes; emitted as a machine-readable duration. */
  readonly seconds?: number;
  /** The moment the text names; emitted as a machine-readable `<time datetime>`. */
  readonly at?: Date | string;
  /**
   * The machine-readable value itself (a valid HTML duration or instant such as `PT30S`), used as
   * given: for callers that computed it already with `retryDatetime`. Wins over `seconds`/`at`.
   */
  readonly datetime?: string;
}

/**
 * When to try again. The words come formatted from the catalog; this adds the `<time>` element
 * that lets software (and some assistive technology) read the moment itself.
 *
 * @example
 * <RetryNotice text="Try again after 14:30." at={new Date('2026-11-21T14:30:00Z')} />
 */
export function RetryNotice({ text, seconds, at, datetime: given }: RetryNoticeProps) {
  if (typeof text !== 'string' || text === '') return null;
  const datetime = typeof given === 'string' && given !== '' ? given : retryDatetime(seconds, at);
  return (
    <p className={styles.root}>
      <ClockIcon className={styles.icon} />
      {datetime === undefined ? <span>{text}</span> : <time dateTime={datetime}>{text}</time>}
    </p>
  );
}

/** A valid `datetime` value: the instant if one is given and valid, else a `PTnS` duration. */
export function retryDatetime(seconds: number | undefined, at: Date | string | undefined): string | undefined {
  if (at !== undefined) {
    const date = at instanceof Date ? at : new Date(at);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return `PT${Math.ceil(seconds)}S`;
  return undefined;
}
