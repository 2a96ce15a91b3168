import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { directionOf, messageSetFor, tones, type CatalogEntry, type MessageSet, type Tone } from '@errata/catalog';
import { catalog, catalogName } from 'virtual:errata/review-config';
import { lintCatalog, type LintFinding, type LintReport } from '@errata/lint';
import { vars } from '@errata/tokens';

/**
 * Copy review: every message of every code, in every locale and tone, side by side, with its
 * copy-lint findings and reading grade, so a designer reviews the whole catalog in one place.
 * Messages are shown as written (ICU source), because that is what a designer edits and what
 * the linter's findings and branches refer to.
 *
 * Styles are inline and token-driven: this page exists only in Storybook, so it stays out of the
 * library's stylesheet.
 */
const meta = {
  title: 'Copy review',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const localeName = (locale: string): string => languageNames.of(locale) ?? locale;
const toneNames: Readonly<Record<Tone, string>> = { friendly: 'Friendly', neutral: 'Neutral', formal: 'Formal' };

// Codes like SESSION_EXPIRING are one long word: let them wrap rather than widen the page at 320 px.
// (`break-word`, not `anywhere`, so table columns keep their words whole.)
const page: CSSProperties = { padding: vars.space.large, maxInlineSize: '100%', boxSizing: 'border-box', overflowWrap: 'break-word' };
const scroller: CSSProperties = { overflowX: 'auto', marginBlockEnd: vars.space.xlarge };
const table: CSSProperties = { borderCollapse: 'collapse', inlineSize: '100%', minInlineSize: '64rem' };
const caption: CSSProperties = { textAlign: 'start', fontWeight: 'bold', paddingBlockEnd: vars.space.small };
const cell: CSSProperties = {
  border: `1px solid ${vars.color.border}`,
  padding: vars.space.small,
  verticalAlign: 'top',
  textAlign: 'start',
};
const list: CSSProperties = { margin: 0, paddingInlineStart: vars.space.large };

/**
 * Lints the catalog once per page load (the built-in one, or yours: ERRATA_STORYBOOK_CATALOG, see
 * .storybook/review-config.ts); a linter that throws shows its error instead.
 */
function lintOnce(): LintReport | Error {
  try {
    return lintCatalog(catalog);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function count(findings: readonly LintFinding[], severity: LintFinding['severity']): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

function keyOf(code: string, locale: string, tone: string): string {
  return `${code}|${locale}|${tone}`;
}

function FindingList({ findings }: { findings: readonly LintFinding[] }) {
  if (findings.length === 0) return <>None</>;
  return (
    <ul style={list}>
      {findings.map((finding, index) => (
        <li key={index}>
          <strong>{finding.suppressed ? 'suppressed' : finding.severity}</strong>{' '}
          {/^https?:\/\//.test(finding.url) ? <a href={finding.url}>{finding.ruleId}</a> : <code>{finding.ruleId}</code>} ({finding.field}
          {finding.branch ? `, ${finding.branch}` : ''}): {finding.message}
          {finding.expected ? ` Suggestion: ${finding.expected}.` : ''}
          {finding.suppressed ? ` Reason: ${finding.suppressed.reason}` : ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * Message source with its `<link>` tags isolated as left-to-right code, so in Arabic rows the
 * bidi algorithm cannot scatter the angle brackets through the sentence.
 */
function Source({ text }: { text: string }) {
  return (
    <>
      {text.split(/(<\/?link>)/).map((part, index) =>
        /^<\/?link>$/.test(part) ? (
          <code key={index} dir="ltr">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function MessageCells({ entry, locale, tone }: { entry: CatalogEntry; locale: string; tone: Tone }) {
  const messages: MessageSet | undefined = entry.messages[locale]?.[tone];
  // Each message cell carries its language and direction, so screen readers switch voice and
  // Arabic reads right to left inside an English page.
  const lang = { lang: locale, dir: directionOf(locale) };
  if (!messages) {
    // Not written: the page shows the fallback copy (base language, source locale; neutral).
    const shown = messageSetFor(entry, locale, tone, catalog.sourceLocale);
    return (
      <td style={cell} colSpan={4}>
        Not written: pages show the {shown ? `${shown.locale} ${shown.tone}` : 'source'} copy.
      </td>
    );
  }
  return (
    <>
      <td style={cell} {...lang}>
        {messages.title}
      </td>
      <td style={cell} {...lang}>
        <Source text={messages.description} />
      </td>
      <td style={cell} {...lang}>
        <ol style={list}>
          {messages.nextSteps.map((step, index) => (
            <li key={index}>
              <Source text={step} />
            </li>
          ))}
        </ol>
      </td>
      <td style={cell} {...lang}>
        <Source text={messages.alternative ?? ''} />
      </td>
    </>
  );
}

function CopyReview() {
  const report = lintOnce();
  const findings = new Map<string, LintFinding[]>();
  const grades = new Map<string, number | null>();
  if (!(report instanceof Error)) {
    for (const finding of report.findings) {
      const key = keyOf(finding.code, finding.locale, finding.tone);
      findings.set(key, [...(findings.get(key) ?? []), finding]);
    }
    for (const grade of report.messages) grades.set(keyOf(grade.code, grade.locale, grade.tone), grade.grade);
  }
  const active = report instanceof Error ? [] : report.findings.filter((finding) => !finding.suppressed);
  const locales = catalog.locales;

  return (
    <main style={page}>
      <h1>Copy review</h1>
      <p>
        Every message of {catalogName}: {catalog.codes.length} codes in {locales.length} languages and {tones.length} tones, with the copy linter’s findings and
        the reading grade (Flesch–Kincaid, English only). Messages are shown as written, with their placeholders; a missing language or tone falls back, and the
        linter says so (CV-01, CV-02).
      </p>
      {report instanceof Error ? (
        <p role="alert">The copy linter failed, so findings are not shown: {report.message}</p>
      ) : (
        <p>
          {count(active, 'error')} errors, {count(active, 'warning')} warnings, {count(active, 'info')} notes, {report.findings.length - active.length}{' '}
          suppressed findings.
        </p>
      )}
      {catalog.codes.map((code) => {
        const entry = catalog.get(code);
        const captionId = `copy-${code}`;
        return (
          <section key={code} aria-labelledby={`${captionId}-heading`}>
            <h2 id={`${captionId}-heading`}>
              {code} <small>({entry.kind === 'notice' ? 'banner notice' : `HTTP ${entry.status}`})</small>
            </h2>
            {/* Wide tables scroll inside their own labelled, focusable region, so the page itself
                reflows at 320 px and keyboard users can scroll the table. */}
            {/* biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per table; role="region" with a label is the pattern for a scrollable table (axe scrollable-region-focusable). */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it. */}
            <div style={scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
              <table style={table}>
                <caption id={captionId} style={caption}>
                  {code} messages by language and tone
                </caption>
                <thead>
                  <tr>
                    {['Language', 'Tone', 'Title', 'Description', 'Next steps', 'Alternative', 'Grade', 'Findings'].map((heading) => (
                      <th key={heading} scope="col" style={cell}>
                        {heading}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {locales.flatMap((locale) =>
                    tones.map((tone) => {
                      const key = keyOf(code, locale, tone);
                      const grade = grades.get(key);
                      return (
                        <tr key={key}>
                          <th scope="row" style={cell}>
                            {localeName(locale)}
                          </th>
                          <th scope="row" style={cell}>
                            {toneNames[tone]}
                          </th>
                          <MessageCells entry={entry} locale={locale} tone={tone} />
                          <td style={cell}>{grade === undefined || grade === null ? '–' : grade.toFixed(1)}</td>
                          <td style={cell}>{report instanceof Error ? 'Not linted' : <FindingList findings={findings.get(key) ?? []} />}</td>
                        </tr>
                      );
                    }),
                  )}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </main>
  );
}

export const AllMessages: Story = { name: 'All messages', render: () => <CopyReview /> };
