import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleTraceId, longTraceId } from '../private/examples.js';
import { SupportReference } from './SupportReference.js';

const meta = {
  title: 'Components/SupportReference',
  component: SupportReference,
  args: {
    traceId: exampleTraceId,
    label: 'Reference',
    quoteLabel: 'Quote this reference if you contact support.',
  },
} satisfies Meta<typeof SupportReference>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LongTraceId: Story = {
  args: { traceId: longTraceId },
};
