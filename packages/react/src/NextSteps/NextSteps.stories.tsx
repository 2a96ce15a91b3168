import type { Meta, StoryObj } from '@storybook/react-vite';
import { NextSteps } from './NextSteps.js';

const meta = {
  title: 'Components/NextSteps',
  component: NextSteps,
  args: {
    items: ['Check the web address for typing mistakes.', 'Go to the home page and search for what you need.'],
  },
} satisfies Meta<typeof NextSteps>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHeading: Story = {
  args: { heading: 'What you can do' },
};

export const OneStep: Story = {
  args: { items: ['Wait a minute, then try again.'] },
};
