import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import type { BuiltinCode } from '@errata/catalog';
import { CatalogBanner } from '../CatalogBanner/CatalogBanner.js';
import { sampleLinks, sampleMessage } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { Banner } from './Banner.js';
import * as styles from './BannerOnPage.css.js';

// Banners as a product team would use them: at the top of an ordinary server-rendered page, above
// that page's own heading, in the toolbar's locale and tone (the host page's own words stay
// English, marked so). Two banners show how they stack: the host page sets the gap.
const meta = {
  title: 'Pages/Banner on a page',
  component: Banner,
  parameters: { layout: 'fullscreen', localised: false },
  args: { tone: 'degraded', title: 'Search is slow right now' },
} satisfies Meta<typeof Banner>;
export default meta;
type Story = StoryObj<typeof meta>;

function onPage(codes: readonly BuiltinCode[]) {
  return (_args: unknown, context: StoryGlobals) => (
    <div className={styles.hostPage}>
      <div className={styles.banners}>
        {codes.map((code) => {
          const { entry, message, ui } = sampleMessage(code, context.globals);
          return (
            <CatalogBanner
              key={code}
              message={message}
              entry={entry}
              links={sampleLinks}
              dismissLabel={ui.dismiss}
              dismissHref={`?dismiss=${code}`}
              id={`on-page-${code.toLowerCase()}`}
            />
          );
        })}
      </div>
      <main lang="en" dir="ltr">
        <h1>Search results</h1>
        <p>12 saved results for “invoice”.</p>
        <ul>
          <li>Invoice 2026-0113</li>
          <li>Invoice 2026-0112</li>
        </ul>
      </main>
    </div>
  );
}

export const Degraded: Story = { render: onPage(['DEGRADED']) };
export const ReadOnlyAndSessionExpiring: Story = { render: onPage(['READ_ONLY', 'SESSION_EXPIRING']) };
