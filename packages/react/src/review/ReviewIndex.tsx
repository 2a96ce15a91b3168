import { Fragment } from 'react';
import * as styles from './Review.css.js';
import type { ReviewCounts, ReviewFilterGroup, ReviewRow } from './types.js';

export interface ReviewIndexProps {
  /** The `h1`: which messages this page lists ("Every message", "Messages in German"...). */
  readonly heading: string;
  /** Sentences about the whole catalog (codes, locales, tones), shown under the heading. */
  readonly summary: string;
  /** Findings over the messages listed here. */
  readonly counts: ReviewCounts;
  /** Filters are separate pages, so they work without JavaScript; the current one is marked. */
  readonly filters: readonly ReviewFilterGroup[];
  readonly rows: readonly ReviewRow[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The copy review's index: counts, filters (by language, tone and finding; each a page of its
 * own) and a table of every code x locale x tone listed, linking to each message's review page.
 */
export function ReviewIndex({ heading, summary, counts, filters, rows }: ReviewIndexProps) {
  return (
    <main id="review-main" className={styles.main}>
      <h1>{heading}</h1>
      <p>{summary}</p>
      <p>
        Listed here: {plural(rows.length, 'message')}, with {plural(counts.errors, 'error')}, {plural(counts.warnings, 'warning')} and{' '}
        {plural(counts.infos, 'note')} from the copy linter.
      </p>
      <nav aria-label="Filters" className={styles.filters}>
        {filters.map((group) => (
          <div key={group.heading} className={styles.filterGroup}>
            <h2>{group.heading}</h2>
            <ul className={styles.list}>
              {group.links.map((link) => (
                <li key={link.href}>
                  <a className={styles.link} href={link.href} {...(link.current ? { 'aria-current': 'page' as const } : {})}>
                    {link.label}
                  </a>{' '}
                  ({link.count})
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {/* A labelled region that scrolls the wide table by itself, so the page reflows at 320 px. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (axe scrollable-region-focusable). */}
      <section className={styles.scroller} aria-labelledby="review-table-caption" tabIndex={0}>
        <table className={styles.table}>
          <caption id="review-table-caption" className={styles.caption}>
            {plural(rows.length, 'message')}: code, language and tone
          </caption>
          <thead>
            <tr>
              {['Code', 'Language', 'Tone', 'Title', 'Shows', 'Grade', 'Errors', 'Warnings', 'Notes'].map((name) => (
                <th key={name} scope="col" className={styles.cell}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.href}>
                <th scope="row" className={styles.cell}>
                  <a className={styles.link} href={row.href}>
                    {row.code}
                    <span className={styles.muted}>
                      {' '}
                      ({row.locale}, {row.tone})
                    </span>
                  </a>
                </th>
                <td className={styles.cell}>{row.localeName}</td>
                <td className={styles.cell}>{row.tone}</td>
                <td className={styles.cell} lang={row.shownLocale} dir={row.dir}>
                  {row.title}
                </td>
                <td className={styles.cell}>
                  <Shows row={row} />
                </td>
                <td className={styles.cell}>{row.grade === null ? '–' : row.grade.toFixed(1)}</td>
                <td className={styles.cell}>{row.errors}</td>
                <td className={styles.cell}>{row.warnings}</td>
                <td className={styles.cell}>{row.infos}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}

/** Whose copy the page shows: its own, or the fallback (base language, source locale; neutral). */
export function Shows({ row }: { readonly row: Pick<ReviewRow, 'locale' | 'tone' | 'shownLocale' | 'shownTone'> }) {
  if (row.shownLocale === row.locale && row.shownTone === row.tone) return <>Its own copy</>;
  return (
    <Fragment>
      Falls back to {row.shownLocale === row.locale ? '' : `${row.shownLocale} `}
      {row.shownTone}
    </Fragment>
  );
}
