import type { Meta, StoryObj } from '@storybook/react-vite';
import { HealthReport } from './HealthReport.js';

const meta = {
  title: 'Operations/HealthReport',
  component: HealthReport,
  args: {
    title: 'Readiness',
    status: 'pass',
    checkedAt: '2025-03-04T09:30:00.000Z',
    detailed: false,
    components: [
      { name: 'search', status: 'pass', critical: true },
      { name: 'recommendations', status: 'pass', critical: false },
    ],
  },
} satisfies Meta<typeof HealthReport>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Passing: Story = {};

/** What anyone sees when a critical component fails: the status, no reason. */
export const FailingPublic: Story = {
  args: {
    status: 'fail',
    components: [
      { name: 'search', status: 'fail', critical: true },
      { name: 'recommendations', status: 'warn', critical: false },
    ],
  },
};

/** What an authorised engineer sees: since when, the condition, the measurement, the last error. */
export const FailingDetailed: Story = {
  args: {
    status: 'fail',
    detailed: true,
    components: [
      { name: 'search', status: 'fail', critical: true, since: '2025-03-04T09:28:12.000Z', condition: 'circuit-open', lastError: 'ECONNRESET' },
      { name: 'recommendations', status: 'warn', critical: false, since: '2025-03-04T09:29:40.000Z', condition: 'check-timeout', observed: '800 ms' },
      { name: 'postgres', status: 'pass', critical: true, since: '2025-03-04T08:00:00.000Z', condition: 'ok', observed: '3 ms' },
    ],
  },
};

export const NoComponents: Story = { args: { title: 'Liveness', components: [] } };
