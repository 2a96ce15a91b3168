import type { Meta, StoryObj } from '@storybook/react-vite';
import { RetryNotice } from './RetryNotice.js';

const meta = {
  title: 'Components/RetryNotice',
  component: RetryNotice,
  args: { text: 'Try again in 30 seconds.', seconds: 30 },
} satisfies Meta<typeof RetryNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WaitInSeconds: Story = {};

export const RetryAtTime: Story = {
  args: { text: 'Try again after 14:30 UTC.', at: '2026-11-21T14:30:00Z', seconds: undefined },
};
