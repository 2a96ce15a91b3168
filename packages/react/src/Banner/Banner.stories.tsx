import type { Meta, StoryObj } from '@storybook/react-vite';
import { Banner } from './Banner.js';

const meta = {
  title: 'Components/Banner',
  component: Banner,
  args: {
    tone: 'info',
    title: 'Scheduled maintenance on Sunday',
    children: 'The service will be unavailable from 02:00 to 04:00 UTC. Save your work before then.',
  },
  argTypes: {
    tone: { control: 'inline-radio', options: ['info', 'success', 'warning', 'critical', 'degraded'] },
  },
} satisfies Meta<typeof Banner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};

export const Success: Story = {
  args: { tone: 'success', title: 'Your changes are saved', children: 'Everyone on your team can see them now.' },
};

export const Warning: Story = {
  args: { tone: 'warning', title: 'Your session ends in 5 minutes', children: 'Save your work to keep it.' },
};

export const Critical: Story = {
  args: {
    tone: 'critical',
    title: 'Payments are not going through',
    children: 'We are working on it. Your card has not been charged.',
  },
};

export const Degraded: Story = {
  args: {
    tone: 'degraded',
    title: 'Search is slow right now',
    children: 'We are showing saved results, which may be up to an hour old.',
  },
};

export const WithAction: Story = {
  args: {
    tone: 'degraded',
    title: 'Search is slow right now',
    children: 'We are showing saved results, which may be up to an hour old.',
    action: { label: 'Check the service status page', href: 'https://status.example.com/' },
  },
};

export const WithDismiss: Story = {
  args: {
    tone: 'success',
    title: 'Your changes are saved',
    children: 'Everyone on your team can see them now.',
    dismissHref: '?dismiss=saved',
    dismissLabel: 'Dismiss this message',
  },
};

export const Urgent: Story = {
  args: {
    tone: 'warning',
    urgent: true,
    title: 'You are about to be signed out',
    children: 'Save your work now: you will be signed out in 1 minute.',
  },
};
