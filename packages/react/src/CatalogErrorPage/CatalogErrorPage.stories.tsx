import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { builtinCodes, formatMessage, formatUi, uiStrings, type CatalogEntry } from '@errata/catalog';
import type { RetryNoticeProps } from '@errata/react';
import { CatalogBanner, CatalogErrorPage } from '@errata/react';
import { brand as configuredBrand, catalog, catalogName } from 'virtual:errata/review-config';
import { localeFrom, sampleCurrentHref, sampleLinks, sampleMoment, sampleTimeZone, sampleTraceId, sampleValues, toneFrom } from './CatalogErrorPage.samples.js';

/**
 * Catalog/<CODE>: every code of the catalog as a user sees it, in the toolbar's tone and locale
 * (Arabic lays out right to left). Errors are full pages; notices (kind 'notice') are banners on
 * a small sample page, which is where they appear in a product. The catalog and brand are the
 * built-in ones, or yours (ERRATA_STORYBOOK_CATALOG / ERRATA_STORYBOOK_BRAND, see
 * .storybook/review-config.ts); "Any code" shows every code of it, your own ones included.
 *
 * CSF needs one static export per story (and a literal `name`, which Storybook's indexer reads
 * without running the file), so the codes are written out below; the browser suite
 * (test/browser/storybook.browser.test.ts) fails if a built-in code has no story here.
 */
const meta = {
  title: 'Catalog',
  parameters: {
    layout: 'fullscreen',
    // The decorator takes `lang` and `dir` from the locale toolbar for these stories.
    localised: true,
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The retry notice a server adds when it knows when to try again: a wait in seconds for entries
 * that take `retryAfterSeconds`, a moment for those that take `retryAt`; none otherwise (a page
 * never promises a time the server does not know).
 */
function sampleRetry(entry: CatalogEntry, locale: string): RetryNoticeProps | undefined {
  if (entry.args.retryAfterSeconds === 'number') {
    return { text: formatUi(locale, 'retryAfterSeconds', { seconds: 30 }), seconds: 30 };
  }
  if (entry.args.retryAt === 'date' || entry.args.retryAt === 'time') {
    return { text: formatUi(locale, 'retryAt', { time: sampleMoment }, { timeZone: sampleTimeZone }), at: sampleMoment };
  }
  return undefined;
}

function CatalogStory({ code, context }: { code: string; context: StoryContext }) {
  if (!catalog.has(code)) return <p>{`${catalogName} has no ${code}.`}</p>;
  const entry = catalog.get(code);
  const message = formatMessage(catalog, code, {
    locale: localeFrom(context.globals, catalog.locales),
    tone: toneFrom(context.globals),
    values: sampleValues(entry),
    timeZone: sampleTimeZone,
  });
  const ui = uiStrings(message.locale, catalog);
  const brand = context.globals.theme === 'brand' ? configuredBrand : undefined;
  const retry = sampleRetry(entry, message.locale);

  if (entry.kind === 'notice') {
    return (
      <div style={samplePage}>
        {/* The sample page around the banner is English scaffolding, marked so for screen readers. */}
        <header lang="en" dir="ltr">
          <p>{brand?.name ?? 'Example Travel'}</p>
        </header>
        <CatalogBanner
          message={message}
          entry={entry}
          links={sampleLinks}
          dismissHref="#dismissed"
          dismissLabel={ui.dismiss}
          id={`catalog-${code.toLowerCase()}`}
        />
        <main lang="en" dir="ltr">
          <h1>Saved journeys</h1>
          <p>Your three most recent searches are listed below.</p>
        </main>
      </div>
    );
  }

  return (
    <CatalogErrorPage
      message={message}
      entry={entry}
      links={sampleLinks}
      traceId={sampleTraceId}
      ui={ui}
      currentHref={sampleCurrentHref}
      backHref="/journeys/edit"
      supportReferenceParam="ref"
      {...(retry ? { retry } : {})}
      {...(brand ? { brand } : {})}
    />
  );
}

/** The codes with a story of their own below (the built-in ones). */
const builtinCodeStories: ReadonlySet<string> = new Set(builtinCodes);

/** The small product page a notice sits on: one readable column, as most pages have. */
const samplePage = { maxInlineSize: '48rem', marginInline: 'auto', padding: '1rem' } as const;

function renderCode(code: string): Story['render'] {
  return (_args, context) => <CatalogStory code={code} context={context} />;
}

/** Every code of the configured catalog, chosen in the Controls panel: a brand's own codes too. */
export const AnyCode: StoryObj<{ code: string }> = {
  name: 'Any code',
  args: { code: catalog.codes.find((code) => !builtinCodeStories.has(code)) ?? catalog.codes[0] ?? 'NOT_FOUND' },
  argTypes: { code: { control: 'select', options: catalog.codes } },
  render: (args, context) => <CatalogStory code={args.code} context={context} />,
};

export const BAD_REQUEST: Story = { name: 'BAD_REQUEST', render: renderCode('BAD_REQUEST') };
export const VALIDATION_FAILED: Story = { name: 'VALIDATION_FAILED', render: renderCode('VALIDATION_FAILED') };
export const UNAUTHENTICATED: Story = { name: 'UNAUTHENTICATED', render: renderCode('UNAUTHENTICATED') };
export const SESSION_EXPIRED: Story = { name: 'SESSION_EXPIRED', render: renderCode('SESSION_EXPIRED') };
export const FORBIDDEN: Story = { name: 'FORBIDDEN', render: renderCode('FORBIDDEN') };
export const NOT_FOUND: Story = { name: 'NOT_FOUND', render: renderCode('NOT_FOUND') };
export const METHOD_NOT_ALLOWED: Story = { name: 'METHOD_NOT_ALLOWED', render: renderCode('METHOD_NOT_ALLOWED') };
export const REQUEST_TIMEOUT: Story = { name: 'REQUEST_TIMEOUT', render: renderCode('REQUEST_TIMEOUT') };
export const CONFLICT: Story = { name: 'CONFLICT', render: renderCode('CONFLICT') };
export const GONE: Story = { name: 'GONE', render: renderCode('GONE') };
export const PAYLOAD_TOO_LARGE: Story = { name: 'PAYLOAD_TOO_LARGE', render: renderCode('PAYLOAD_TOO_LARGE') };
export const RATE_LIMITED: Story = { name: 'RATE_LIMITED', render: renderCode('RATE_LIMITED') };
export const QUOTA_EXCEEDED: Story = { name: 'QUOTA_EXCEEDED', render: renderCode('QUOTA_EXCEEDED') };
export const INTERNAL: Story = { name: 'INTERNAL', render: renderCode('INTERNAL') };
export const NOT_IMPLEMENTED: Story = { name: 'NOT_IMPLEMENTED', render: renderCode('NOT_IMPLEMENTED') };
export const DEPENDENCY_FAILED: Story = { name: 'DEPENDENCY_FAILED', render: renderCode('DEPENDENCY_FAILED') };
export const SERVICE_UNAVAILABLE: Story = { name: 'SERVICE_UNAVAILABLE', render: renderCode('SERVICE_UNAVAILABLE') };
export const MAINTENANCE: Story = { name: 'MAINTENANCE', render: renderCode('MAINTENANCE') };
export const UPSTREAM_TIMEOUT: Story = { name: 'UPSTREAM_TIMEOUT', render: renderCode('UPSTREAM_TIMEOUT') };
export const DEGRADED: Story = { name: 'DEGRADED', render: renderCode('DEGRADED') };
export const READ_ONLY: Story = { name: 'READ_ONLY', render: renderCode('READ_ONLY') };
export const SESSION_EXPIRING: Story = { name: 'SESSION_EXPIRING', render: renderCode('SESSION_EXPIRING') };
