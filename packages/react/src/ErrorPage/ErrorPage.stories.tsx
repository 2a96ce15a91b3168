import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import type { ComponentType } from 'react';
import { formatUi, type BuiltinCode } from '@errata/catalog';
import { CatalogErrorPage } from '../CatalogErrorPage/CatalogErrorPage.js';
import { sampleCurrentHref, sampleLinks, sampleMessage, sampleTraceId } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { DiagnosticsPanel } from '../DiagnosticsPanel/DiagnosticsPanel.js';
import { longTraceId } from '../private/examples.js';
import { ErrorPage } from './ErrorPage.js';

/** What a designer changes in the Controls panel; the copy follows the toolbar's locale and tone. */
interface PageArgs {
  /** Name in the header and footer; empty for a page without a brand. */
  readonly serviceName: string;
  /** The wait a `Retry-After` gives (seconds); 0 for none. */
  readonly retrySeconds: number;
  /** How many of the message's next steps to show (the catalog has 1 to 3). */
  readonly nextSteps: number;
  readonly withDiagnostics: boolean;
  readonly longReference: boolean;
}

const meta = {
  title: 'Pages/Error page',
  // The docs page lists ErrorPage's own props; the stories' controls are the PageArgs below.
  component: ErrorPage as unknown as ComponentType<PageArgs>,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The body of an error page: what happened (one h1), what to do (next steps and ONE main action), the help line, a light reference to quote and a footer. ' +
          'Use it (through `CatalogErrorPage`, or the server) whenever a request fails for a person in a browser. ' +
          'Do not use it inside another page (a banner is for that), and do not add a second button: the main action is the one the catalog entry asks for, and it is never repeated as a bullet.',
      },
    },
  },
  args: { serviceName: 'Northwind Journeys', retrySeconds: 0, nextSteps: 3, withDiagnostics: false, longReference: false },
  argTypes: {
    serviceName: { control: 'text' },
    retrySeconds: { control: { type: 'number', min: 0, max: 3600 } },
    nextSteps: { control: { type: 'range', min: 0, max: 3 } },
    withDiagnostics: { control: 'boolean' },
    longReference: { control: 'boolean' },
  },
} satisfies Meta<PageArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

function page(code: BuiltinCode) {
  return (args: PageArgs, context: StoryGlobals) => {
    const { entry, message, ui } = sampleMessage(code, context.globals, args.retrySeconds > 0 ? { retryAfterSeconds: args.retrySeconds } : {});
    const trimmed = { ...message, nextSteps: message.nextSteps.slice(0, Math.max(0, args.nextSteps)) };
    const brand = args.serviceName ? { name: args.serviceName, homeHref: '/' } : undefined;
    return (
      <CatalogErrorPage
        message={trimmed}
        entry={entry}
        links={sampleLinks}
        traceId={args.longReference ? longTraceId : sampleTraceId}
        ui={ui}
        currentHref={sampleCurrentHref}
        backHref="/journeys/edit"
        supportReferenceParam="ref"
        {...(args.retrySeconds > 0
          ? { retry: { text: formatUi(message.locale, 'retryAfterSeconds', { seconds: args.retrySeconds }), seconds: args.retrySeconds } }
          : {})}
        {...(brand ? { brand, footer: brand.name } : {})}
        {...(code === 'VALIDATION_FAILED'
          ? {
              errors: [
                { path: 'email', message: 'Enter an email address, like name@example.com' },
                { path: 'date', message: 'Enter a travel date in the future' },
              ],
            }
          : {})}
        {...(args.withDiagnostics
          ? {
              diagnostics: (
                <DiagnosticsPanel
                  name="TypeError"
                  message="Cannot read properties of undefined (reading 'total')"
                  stack={'TypeError: x\n    at priceOrder (/srv/app/src/orders/price.ts:42:17)'}
                  frames={[]}
                  causes={[]}
                  request={{ method: 'GET', path: sampleCurrentHref, query: {}, headers: { accept: 'text/html' } }}
                />
              ),
            }
          : {})}
      />
    );
  };
}

export const NotFound: Story = { render: page('NOT_FOUND') };
export const ServerError: Story = { render: page('INTERNAL'), args: { withDiagnostics: true } };
export const ValidationFailed: Story = { render: page('VALIDATION_FAILED') };
export const RateLimited: Story = { render: page('RATE_LIMITED'), args: { retrySeconds: 30 } };
export const Maintenance: Story = { render: page('MAINTENANCE') };
export const WithoutBrand: Story = { render: page('SESSION_EXPIRED'), args: { serviceName: '', longReference: true } };
