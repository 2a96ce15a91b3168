import type { Meta, StoryObj } from '@storybook/react-vite';
import { Banner } from './Banner.js';
import * as styles from './BannerOnPage.css.js';

// A banner as a product team would use it: at the top of an ordinary server-rendered page,
// above that page's own heading.
const meta = {
  title: 'Pages/Banner on a page',
  component: Banner,
  parameters: { layout: 'fullscreen' },
  args: {
    tone: 'degraded',
    title: 'Search is slow right now',
    children: 'We are showing saved results, which may be up to an hour old.',
    action: { label: 'Check the service status page', href: 'https://status.example.com/' },
    dismissHref: '?dismiss=search-slow',
    dismissLabel: 'Dismiss this message',
  },
  render: (args) => (
    <div className={styles.hostPage}>
      <Banner {...args} />
      <main>
        <h1>Search results</h1>
        <p>12 saved results for “invoice”.</p>
        <ul>
          <li>Invoice 2026-0113</li>
          <li>Invoice 2026-0112</li>
        </ul>
      </main>
    </div>
  ),
} satisfies Meta<typeof Banner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Degraded: Story = {};

export const Critical: Story = {
  args: { tone: 'critical', title: 'Payments are not going through', children: 'Your card has not been charged. Try again later.', action: undefined },
};
