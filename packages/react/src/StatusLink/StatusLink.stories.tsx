import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { uiStrings } from '@errata/catalog';
import { localeFrom } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { StatusLink, type StatusLinkProps } from './StatusLink.js';

const meta = {
  title: 'Components/StatusLink',
  component: StatusLink,
  parameters: {
    docs: {
      description: {
        component:
          'A link to the service status page, for failures on our side the person cannot fix. On an error page it sits in the help line. ' +
          'Do not add it when the message already links to the status page, nor on errors the person caused.',
      },
    },
  },
  args: { href: 'https://status.example.com/', label: '' },
  argTypes: { label: { control: 'text' } },
  render: (args: StatusLinkProps, context: StoryGlobals) => (
    <StatusLink href={args.href} label={args.label || uiStrings(localeFrom(context.globals)).statusPage} />
  ),
} satisfies Meta<typeof StatusLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
