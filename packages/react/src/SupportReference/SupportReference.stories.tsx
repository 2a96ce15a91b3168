import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { uiStrings } from '@errata/catalog';
import { localeFrom } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { exampleTraceId, longTraceId } from '../private/examples.js';
import { SupportReference, type SupportReferenceProps } from './SupportReference.js';

const meta = {
  title: 'Components/SupportReference',
  component: SupportReference,
  parameters: {
    docs: {
      description: {
        component:
          'The reference a person quotes to support, so on-call finds the request: a light label with the id (one click selects it), quieter than the page’s main action. ' +
          'Use one per error page, after the help line. Do not put secrets or internal messages in it: it is shown to anyone.',
      },
    },
  },
  args: { traceId: exampleTraceId, label: '', quoteLabel: '' },
  argTypes: { label: { control: 'text' }, quoteLabel: { control: 'text' } },
  // The labels follow the locale toolbar unless written in Controls.
  render: (args: SupportReferenceProps, context: StoryGlobals) => {
    const ui = uiStrings(localeFrom(context.globals));
    return <SupportReference traceId={args.traceId} label={args.label || ui.reference} quoteLabel={args.quoteLabel || ui.quoteReference} />;
  },
} satisfies Meta<typeof SupportReference>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const LongTraceId: Story = { args: { traceId: longTraceId } };
