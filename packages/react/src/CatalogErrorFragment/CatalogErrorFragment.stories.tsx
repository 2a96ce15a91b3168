import type { Meta, StoryObj } from '@storybook/react-vite';
import { builtinCatalog, formatMessage, uiStrings } from '@errata/catalog';
import { exampleBrand } from '@errata/tokens';
import { sampleLinks, sampleTraceId } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { CatalogErrorFragment } from './CatalogErrorFragment.js';

/**
 * Pages/Embedded in a host layout: the error content as a host's own layout shows it (the page
 * parts of `@errata/server`'s `renderParts` and the adapters' `layout` option). The header,
 * navigation and footer around it are a sample host site, written here as a host would; errata
 * supplies only what is inside `<main>`.
 */
const meta = {
  title: 'Pages/Embedded in a host layout',
  component: CatalogErrorFragment,
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <div>
      <header lang="en" dir="ltr">
        {/* Block paragraphs, so the two links stand apart (WCAG 2.5.8 target size). */}
        <p>
          <a href="/">Acme Shop</a>
        </p>
        <nav aria-label="Site">
          <p>
            <a href="/orders">Your orders</a>
          </p>
        </nav>
      </header>
      <main>
        <CatalogErrorFragment {...args} />
      </main>
      <footer lang="en" dir="ltr">
        <p>Acme Shop, 1 High Street</p>
      </footer>
    </div>
  ),
  args: {
    theme: 'light',
    // Storybook loads the components' CSS itself; a server puts the parts' `head` in <head>.
    stylesheet: { css: '' },
    message: formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'en' }),
    entry: builtinCatalog.get('NOT_FOUND'),
    links: sampleLinks,
    traceId: sampleTraceId,
    ui: uiStrings('en'),
  },
} satisfies Meta<typeof CatalogErrorFragment>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NotFound: Story = {};

export const ServerErrorBranded: Story = {
  args: {
    brandStyle: exampleBrand,
    message: formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en', values: { answersSaved: 'yes' } }),
    entry: builtinCatalog.get('INTERNAL'),
    currentHref: '/checkout',
  },
};

/** The content carries its own language and direction inside an English host page. */
export const Arabic: Story = {
  args: {
    message: formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'ar' }),
    ui: uiStrings('ar'),
  },
};
