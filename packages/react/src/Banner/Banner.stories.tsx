import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import type { BuiltinCode } from '@errata/catalog';
import { sampleLinks, sampleMessage } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { CatalogBanner } from '../CatalogBanner/CatalogBanner.js';
import { Banner, type BannerProps } from './Banner.js';

/**
 * A banner tells people about the state of the service on an ordinary page: something is slow,
 * paused or about to end. The stories take their copy from the catalog in the toolbar's locale and
 * tone; switch `Catalog copy` off in Controls to write your own title and text.
 */
const meta = {
  title: 'Components/Banner',
  component: Banner,
  parameters: {
    docs: {
      description: {
        component:
          'Use a banner for news about the service that affects the whole page (degraded results, read-only mode, a session about to end, planned work). ' +
          'Do not use it for an error that stops the page (send an error page), for a form field error (put it by the field and in an error summary), or for marketing. ' +
          'One banner per piece of news; stack several with the host page’s own gap (a banner has no outer margin). ' +
          'It is a labelled region with a heading (h2 by default) and a polite live region; `critical` is announced at once. ' +
          'From non-React templates use `renderBanner` (`@errata/server`), which also returns the scoped CSS and its CSP hash.',
      },
    },
  },
  args: {
    tone: 'degraded',
    title: 'Search is slow right now',
    children: 'We are showing saved results, which may be up to an hour old.',
    dismissHref: '?dismiss=banner',
  },
  argTypes: {
    tone: { control: 'inline-radio', options: ['info', 'success', 'warning', 'critical', 'degraded'] },
    kind: { control: 'inline-radio', options: [undefined, 'read-only', 'session', 'maintenance'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6, false] },
    children: { control: 'text' },
  },
} satisfies Meta<typeof Banner>;
export default meta;
type Story = StoryObj<typeof meta>;

interface CatalogArgs {
  /** Take the title and text from the catalog (toolbar locale and tone) instead of the args. */
  readonly catalogCopy?: boolean;
  /** For DEGRADED: when the saved results are from (HH:MM, sample day). */
  readonly since?: string;
  /** For SESSION_EXPIRING: minutes left. */
  readonly minutes?: number;
}

function fromCatalog(code: BuiltinCode) {
  return (args: BannerProps & CatalogArgs, context: StoryGlobals) => {
    if (args.catalogCopy === false) return <Banner {...args} />;
    const [hours, minutes] = (args.since ?? '14:30').split(':').map(Number);
    const since = new Date(Date.UTC(2026, 10, 21, hours ?? 14, minutes ?? 30));
    const { entry, message, ui } = sampleMessage(code, context.globals, { since, minutes: args.minutes ?? 5 });
    return (
      <CatalogBanner
        message={message}
        entry={entry}
        links={sampleLinks}
        dismissLabel={ui.dismiss}
        {...(args.dismissHref ? { dismissHref: args.dismissHref } : {})}
        id={`story-${code.toLowerCase()}`}
      />
    );
  };
}

const catalogArgTypes = {
  catalogCopy: { control: 'boolean', description: 'Copy from the catalog in the toolbar’s locale and tone' },
  since: { control: 'text', description: 'DEGRADED: time the saved results are from (HH:MM)' },
  minutes: { control: { type: 'number', min: 1, max: 60 }, description: 'SESSION_EXPIRING: minutes left' },
} as const;

export const Degraded: Story = {
  args: { catalogCopy: true, since: '14:30' } as Story['args'],
  argTypes: catalogArgTypes as Story['argTypes'],
  render: fromCatalog('DEGRADED') as Story['render'],
};

export const ReadOnly: Story = {
  args: { catalogCopy: true, tone: 'warning' } as Story['args'],
  argTypes: catalogArgTypes as Story['argTypes'],
  render: fromCatalog('READ_ONLY') as Story['render'],
};

export const SessionExpiring: Story = {
  args: { catalogCopy: true, tone: 'warning', minutes: 5 } as Story['args'],
  argTypes: catalogArgTypes as Story['argTypes'],
  render: fromCatalog('SESSION_EXPIRING') as Story['render'],
};

export const Maintenance: Story = {
  args: { catalogCopy: true, tone: 'critical' } as Story['args'],
  argTypes: catalogArgTypes as Story['argTypes'],
  render: fromCatalog('MAINTENANCE') as Story['render'],
};

/** Your own words, with an action link: every prop in the Controls panel. */
export const Custom: Story = {
  args: {
    tone: 'success',
    title: 'Your changes are saved',
    children: 'Everyone on your team can see them now.',
    action: { label: 'See the change history', href: '/history' },
    dismissLabel: 'Dismiss this message',
  },
};

export const Urgent: Story = {
  args: {
    tone: 'warning',
    kind: 'session',
    urgent: true,
    title: 'You are about to be signed out',
    children: 'Save your work now: you will be signed out in 1 minute.',
  },
};
