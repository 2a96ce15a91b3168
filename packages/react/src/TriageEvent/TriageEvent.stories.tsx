import type { Meta, StoryObj } from '@storybook/react-vite';
import { TriageEvent } from './TriageEvent.js';

const meta = {
  title: 'Operations/TriageEvent',
  component: TriageEvent,
  args: {
    reference: '4bf92f3577b34da6a3ce929d0e0e4736',
    code: 'DEPENDENCY_FAILED',
    title: 'Something we rely on is not working',
    status: 502,
    severity: 'medium',
    time: '2025-03-04T09:29:58.000Z',
    route: '/search',
    component: 'upstream client',
    action: 'Check the upstream status and its circuit breaker; fail over if it stays down.',
    runbook: 'https://runbooks.example.com/errata/dependency-failed',
    diagnostics: {
      name: 'UpstreamStatusError',
      message: 'upstream answered 503',
      stack: 'UpstreamStatusError: upstream answered 503\n    at fetchResults (src/search-client.ts:118:13)',
      frames: [],
      causes: [{ name: 'Error', message: 'read ECONNRESET', code: 'ECONNRESET' }],
      request: { method: 'GET', path: '/search', query: { q: 'error' }, headers: { accept: 'text/html', authorization: '[redacted]' } },
    },
  },
} satisfies Meta<typeof TriageEvent>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Event: Story = {};

export const WithoutRoute: Story = { args: { route: undefined, runbook: undefined } };
