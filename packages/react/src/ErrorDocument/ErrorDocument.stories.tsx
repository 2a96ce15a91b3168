/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { exampleBrand, type ThemeName } from '@errata/tokens';
// The built every-theme sheet, as text: what a server inlines (Storybook's preview has no `fs`).
import builtSheet from '@errata/react/styles.css?inline';
import { CatalogErrorPage } from '../CatalogErrorPage/CatalogErrorPage.js';
import { sampleLinks, sampleMessage, sampleTraceId } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { ErrorDocument, type ErrorDocumentProps } from './ErrorDocument.js';

interface DocumentArgs {
  readonly theme: ThemeName;
  readonly withBrand: boolean;
  readonly brandName: string;
}

const meta = {
  title: 'Pages/Error document',
  // The docs page lists ErrorDocument's own props; the stories' controls are the DocumentArgs.
  component: ErrorDocument as unknown as ComponentType<DocumentArgs>,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'A whole HTML response: `lang`/`dir`, charset, viewport, colour scheme, the `<title>` (“page – site”), the inlined stylesheet and the theme (and brand) class on `<html>`. ' +
          'It makes no request and runs no script. Use it (through the server, or `CatalogErrorDocument`) to send a complete error page; to put the error inside your own layout use the page parts instead. ' +
          'Shown here in a frame, as its own document.',
      },
    },
  },
  args: { theme: 'auto', withBrand: false, brandName: 'Northwind Journeys' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast', 'auto'] },
    withBrand: { control: 'boolean' },
    brandName: { control: 'text' },
  },
} satisfies Meta<DocumentArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

function documentFor(args: DocumentArgs, context: StoryGlobals): string {
  const { entry, message, ui } = sampleMessage('NOT_FOUND', context.globals);
  const brand = args.withBrand ? exampleBrand : undefined;
  const props: ErrorDocumentProps = {
    lang: message.locale,
    dir: message.dir,
    title: message.title,
    brandName: brand?.name ?? args.brandName,
    theme: args.theme,
    stylesheet: { css: builtSheet },
    ...(brand ? { brand } : {}),
    children: (
      <CatalogErrorPage
        message={message}
        entry={entry}
        links={sampleLinks}
        traceId={sampleTraceId}
        ui={ui}
        brand={{ name: brand?.name ?? args.brandName, homeHref: '/', ...(brand?.logo ? { logo: brand.logo } : {}) }}
      />
    ),
  };
  return `<!DOCTYPE html>${renderToStaticMarkup(<ErrorDocument {...props} />)}`;
}

const render = (args: DocumentArgs, context: StoryGlobals) => (
  <main>
    <h1 style={{ position: 'absolute', inlineSize: 1, blockSize: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>Error document</h1>
    <iframe title="Error document" srcDoc={documentFor(args, context)} style={{ display: 'block', inlineSize: '100%', blockSize: '46rem', border: 0 }} />
  </main>
);

export const Default: Story = { render };
export const Branded: Story = { args: { withBrand: true, theme: 'light' }, render };
