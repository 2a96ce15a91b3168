import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReviewBar } from './ReviewDocument.js';
import { ReviewIndex } from './ReviewIndex.js';
import { ReviewMessage } from './ReviewMessage.js';
import { sampleFindings, sampleRows } from './Review.samples.js';

/**
 * Copy review/Site pages: the pages `errata review` writes (a static site a designer opens from
 * disk), with sample data. The site itself is built from a real catalog by the CLI.
 */
const meta = {
  title: 'Copy review/Site pages',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Index: Story = {
  render: () => (
    <>
      <ReviewBar catalogName="the catalog brand.yaml" />
      <ReviewIndex
        heading="Every message"
        summary="the catalog brand.yaml: 2 codes in 3 languages (en, es, ar) and 3 tones, 18 messages in all."
        counts={{ errors: 0, warnings: 1, infos: 0 }}
        filters={[
          {
            heading: 'Language',
            links: [
              { label: 'All languages', href: '#all', count: 18, current: true },
              { label: 'Arabic (ar)', href: '#ar', count: 6, current: false },
            ],
          },
          { heading: 'Findings', links: [{ label: 'With warnings', href: '#warnings', count: 1, current: false }] },
        ]}
        rows={sampleRows}
      />
    </>
  ),
};

/** A code written in English only, seen in Spanish: the copy falls back, the linter says so. */
export const MessageWithFallback: Story = {
  render: () => (
    <>
      <ReviewBar catalogName="the catalog brand.yaml" indexHref="#index" />
      <ReviewMessage
        row={sampleRows[2]!}
        kind="HTTP 410 error page"
        fields={[
          { label: 'Title', source: 'Your cart has expired' },
          { label: 'Alternative', source: 'If you need help, <link>contact support</link>.' },
        ]}
        findings={sampleFindings}
        previewHref="about:blank"
        siblings={[{ label: 'Spanish, friendly', href: '#cart-es', current: true }]}
      />
    </>
  ),
};

/** Right-to-left copy inside the English review page. */
export const MessageInArabic: Story = {
  render: () => (
    <>
      <ReviewBar catalogName="the built-in catalog" indexHref="#index" />
      <ReviewMessage
        row={sampleRows[1]!}
        kind="HTTP 404 error page"
        fields={[
          { label: 'Title', source: 'الصفحة غير موجودة' },
          { label: 'Alternative', source: '<link>تواصل مع الدعم</link> إذا احتجت إلى مساعدة.' },
        ]}
        findings={[]}
        previewHref="about:blank"
        siblings={[]}
      />
    </>
  ),
};
