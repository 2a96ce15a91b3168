import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { uiStrings } from '@errata/catalog';
import { localeFrom } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary.js';

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  parameters: {
    docs: {
      description: {
        component:
          'The answers that need changing, as a titled list linked to each field (GOV.UK’s error summary). It is an alert, so it is read out as the page loads. ' +
          'Use it on a VALIDATION_FAILED page (the server fills it from `ErrataError`’s `errors`) or at the top of a form. Do not use it for one general error: that is the page’s title.',
      },
    },
  },
  args: {
    title: '',
    items: [
      { text: 'Enter an email address, like name@example.com', href: '/sign-up#email' },
      { text: 'Enter a travel date in the future', href: '/sign-up#date' },
      { text: 'Accept the terms to continue' },
    ],
  },
  argTypes: { title: { control: 'text' } },
  render: (args: ErrorSummaryProps, context: StoryGlobals) => (
    <ErrorSummary title={args.title || uiStrings(localeFrom(context.globals)).errorSummary} items={args.items} />
  ),
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const OneError: Story = { args: { items: [{ text: 'Enter an email address', href: '/sign-up#email' }] } };
