import type { ReactNode } from 'react';
import { themeClass } from '@errata/tokens';
import { cx } from '../private/cx.js';
import * as styles from './Review.css.js';

export interface ReviewDocumentProps {
  /** The page's `h1`; the `<title>` adds the site's name. */
  readonly title: string;
  /** The review stylesheet, relative to this page (the site works from disk). */
  readonly stylesheetHref: string;
  readonly children: ReactNode;
}

/**
 * A page of the copy review site: English, the reader's light or dark theme, the review
 * stylesheet linked (one file for the whole site), a skip link to `main`. No script.
 */
export function ReviewDocument({ title, stylesheetHref, children }: ReviewDocumentProps) {
  return (
    <html lang="en" dir="ltr" className={cx(themeClass.auto, styles.root)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${title} – Copy review`}</title>
        <link rel="stylesheet" href={stylesheetHref} />
      </head>
      <body>
        <a className={styles.skipLink} href="#review-main">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}

export interface ReviewBarProps {
  /** The catalog reviewed (its file name, or "the built-in catalog"). */
  readonly catalogName: string;
  /** Link back to the index; none on the index itself. */
  readonly indexHref?: string;
}

/** The site's header: what is reviewed, and the way back to the index. */
export function ReviewBar({ catalogName, indexHref }: ReviewBarProps) {
  return (
    <header className={styles.bar}>
      <p>
        Copy review of {catalogName}
        {indexHref ? (
          <>
            {' · '}
            <a className={styles.link} href={indexHref}>
              All messages
            </a>
          </>
        ) : null}
      </p>
    </header>
  );
}
