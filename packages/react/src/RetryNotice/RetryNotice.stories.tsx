import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { formatUi } from '@errata/catalog';
import { localeFrom, sampleMoment, sampleTimeZone } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { RetryNotice, type RetryNoticeProps } from './RetryNotice.js';

const meta = {
  title: 'Components/RetryNotice',
  component: RetryNotice,
  parameters: {
    docs: {
      description: {
        component:
          'When to try again, in words and as a machine-readable `<time>`. Use it when the server knows the wait (a `Retry-After`). ' +
          'Do not use it when the message already says when (say it once), nor to promise a time nobody knows.',
      },
    },
  },
  args: { text: '', seconds: 30 },
  argTypes: { text: { control: 'text' }, seconds: { control: { type: 'number', min: 0 } } },
} satisfies Meta<typeof RetryNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WaitInSeconds: Story = {
  render: (args: RetryNoticeProps, context: StoryGlobals) => (
    <RetryNotice
      text={args.text || formatUi(localeFrom(context.globals), 'retryAfterSeconds', { seconds: args.seconds ?? 30 })}
      {...(args.seconds !== undefined ? { seconds: args.seconds } : {})}
    />
  ),
};

export const RetryAtTime: Story = {
  render: (args: RetryNoticeProps, context: StoryGlobals) => (
    <RetryNotice text={args.text || formatUi(localeFrom(context.globals), 'retryAt', { time: sampleMoment }, { timeZone: sampleTimeZone })} at={sampleMoment} />
  ),
};
