import type { Meta, StoryObj } from '@storybook/react-vite';
import { TriageTable } from './TriageTable.js';

const meta = {
  title: 'Operations/TriageTable',
  component: TriageTable,
  args: {
    title: 'Recent errors',
    generatedAt: '2025-03-04T09:30:00.000Z',
    groups: [
      {
        code: 'DEPENDENCY_FAILED',
        title: 'Something we rely on is not working',
        status: 502,
        severity: 'medium',
        count: 41,
        distinctRequests: 38,
        firstSeen: '2025-03-04T09:12:03.000Z',
        lastSeen: '2025-03-04T09:29:58.000Z',
        routes: ['/search', '/api/search'],
        component: 'upstream client',
        action: 'Check the upstream status and its circuit breaker; fail over if it stays down.',
        runbook: 'https://runbooks.example.com/errata/dependency-failed',
      },
      {
        code: 'INTERNAL',
        title: 'Something went wrong',
        status: 500,
        severity: 'medium',
        count: 3,
        distinctRequests: 3,
        firstSeen: '2025-03-04T08:01:44.000Z',
        lastSeen: '2025-03-04T09:02:10.000Z',
        routes: ['/checkout'],
        component: 'application',
        action: 'Read the stack in the event; fix the bug or roll back.',
        runbook: 'https://runbooks.example.com/errata/internal',
      },
    ],
  },
} satisfies Meta<typeof TriageTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Groups: Story = {};

export const WithNextPage: Story = { args: { nextHref: '/_errata/errors?cursor=eyJvIjoyMH0' } };

export const Empty: Story = { args: { groups: [] } };
