import { Fragment } from 'react';
import * as styles from './Review.css.js';
import { Shows } from './ReviewIndex.js';
import type { ReviewField, ReviewFinding, ReviewRow } from './types.js';

export interface ReviewMessageProps {
  readonly row: ReviewRow;
  /** e.g. "HTTP 404 error page" or "Banner notice". */
  readonly kind: string;
  readonly fields: readonly ReviewField[];
  readonly findings: readonly ReviewFinding[];
  /** The page (or banner) exactly as the server sends it, relative to this page. */
  readonly previewHref: string;
  /** Links to the same code in the other languages and tones. */
  readonly siblings: readonly { readonly label: string; readonly href: string; readonly current: boolean }[];
}

/**
 * One code x locale x tone under review: what it is, its fields as written, every lint finding
 * linked to its rule in the tone guide, the reading grade, and the page as it will be sent.
 * The copy carries its own language and direction (Arabic reads right to left).
 */
export function ReviewMessage({ row, kind, fields, findings, previewHref, siblings }: ReviewMessageProps) {
  const copy = { lang: row.shownLocale, dir: row.dir };
  const active = findings.filter((f) => !f.suppressed);
  return (
    <main id="review-main" className={styles.main}>
      <h1>
        {row.code}: {row.localeName}, {row.tone}
      </h1>
      <dl className={styles.facts}>
        <dt>Kind</dt>
        <dd>{kind}</dd>
        <dt>Copy shown</dt>
        <dd>
          <Shows row={row} />
        </dd>
        <dt>Reading grade</dt>
        <dd>{row.grade === null ? 'Not measured (Flesch–Kincaid is for English)' : `${row.grade.toFixed(1)} (Flesch–Kincaid)`}</dd>
        <dt>Findings</dt>
        <dd>
          {row.errors} errors, {row.warnings} warnings, {row.infos} notes
        </dd>
      </dl>

      <h2>Message fields</h2>
      <p>As written, with their placeholders: what a designer edits.</p>
      <dl className={styles.facts}>
        {fields.map((field) => (
          <Fragment key={field.label}>
            <dt>{field.label}</dt>
            <dd className={styles.source} {...copy}>
              <Source text={field.source} />
            </dd>
          </Fragment>
        ))}
      </dl>

      <h2>Findings</h2>
      {findings.length === 0 ? (
        <p>No findings.</p>
      ) : (
        <ul className={styles.list}>
          {findings.map((finding, index) => (
            <li key={index} className={styles.finding}>
              <strong>{finding.suppressed ? `Suppressed ${finding.severity}` : finding.severity}</strong>{' '}
              <a className={styles.link} href={finding.url}>
                {finding.ruleId}
                {finding.ruleName ? ` ${finding.ruleName}` : ''}
              </a>{' '}
              in <code className={styles.code}>{finding.field}</code>
              {finding.branch ? ` (${finding.branch})` : ''}: {finding.message}
              {finding.text ? (
                <>
                  {' '}
                  Text: <q {...copy}>{finding.text}</q>
                </>
              ) : null}
              {finding.expected ? (
                <>
                  {' '}
                  Suggestion: <q {...copy}>{finding.expected}</q>
                </>
              ) : null}
              {finding.suppressed ? ` Reason: ${finding.suppressed.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
      {active.length === 0 && findings.length > 0 ? <p>Every finding here is suppressed, with its reason.</p> : null}

      <h2>As it will be sent</h2>
      <iframe className={styles.preview} src={previewHref} title={`${row.code} in ${row.localeName}, ${row.tone} tone, as sent`} />
      <p>
        <a className={styles.link} href={previewHref}>
          Open the page as sent
        </a>
      </p>

      <nav aria-label="Other languages and tones">
        <h2>Other languages and tones</h2>
        <ul className={styles.list}>
          {siblings.map((sibling) => (
            <li key={sibling.href}>
              <a className={styles.link} href={sibling.href} {...(sibling.current ? { 'aria-current': 'page' as const } : {})}>
                {sibling.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}

/**
 * Message source with its `<link>` tags set apart as left-to-right code, so in right-to-left
 * copy the bidi algorithm cannot scatter the angle brackets through the sentence.
 */
function Source({ text }: { readonly text: string }) {
  return (
    <>
      {text.split(/(<\/?link>)/).map((part, index) =>
        /^<\/?link>$/.test(part) ? (
          <code key={index} className={styles.code} dir="ltr">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
