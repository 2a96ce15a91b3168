import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { sampleLinks, sampleMessage } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { RichTextView } from '../RichTextView/RichTextView.js';
import { NextSteps, type NextStepsProps } from './NextSteps.js';

const meta = {
  title: 'Components/NextSteps',
  component: NextSteps,
  parameters: {
    docs: {
      description: {
        component:
          'What the person can do, one sentence each, as a list (screen readers announce the count). Use it under the description of an error page. ' +
          'Do not put the page’s main action here too: the page shows it once, as its button.',
      },
    },
  },
  args: { items: [], heading: '' },
  argTypes: { heading: { control: 'text' }, items: { control: false } },
} satisfies Meta<typeof NextSteps>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The steps of a catalog message in the toolbar's locale and tone. */
const fromCatalog = (code: 'NOT_FOUND' | 'SERVICE_UNAVAILABLE') => (args: NextStepsProps, context: StoryGlobals) => {
  const { message } = sampleMessage(code, context.globals);
  return (
    <NextSteps
      {...(args.heading ? { heading: args.heading } : {})}
      items={message.nextSteps.map((step, index) => <RichTextView key={index} text={step} links={sampleLinks} />)}
    />
  );
};

export const Default: Story = { render: fromCatalog('NOT_FOUND') };
export const WithHeading: Story = { args: { heading: 'What you can do' }, render: fromCatalog('NOT_FOUND') };
export const WithALink: Story = { render: fromCatalog('SERVICE_UNAVAILABLE') };
