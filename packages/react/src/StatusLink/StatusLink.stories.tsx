import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusLink } from './StatusLink.js';

const meta = {
  title: 'Components/StatusLink',
  component: StatusLink,
  args: { href: 'https://status.example.com/', label: 'Check the service status page' },
} satisfies Meta<typeof StatusLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
