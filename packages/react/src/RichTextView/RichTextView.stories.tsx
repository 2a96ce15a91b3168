import type { Meta, StoryObj } from '@storybook/react-vite';
import type { StoryGlobals } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { sampleLinks, sampleMessage } from '../CatalogErrorPage/CatalogErrorPage.samples.js';
import { RichTextView, type RichTextViewProps } from './RichTextView.js';

const meta = {
  title: 'Components/RichTextView',
  component: RichTextView,
  parameters: {
    docs: {
      description: {
        component:
          'Catalog text with its `<link>` parts turned into links through the href allow-list; a link whose key has no (safe) URL stays plain words. ' +
          'It renders inline: put it in your own paragraph or list item. Use it for any formatted catalog field; never build links from catalog text by hand.',
      },
    },
  },
  args: { text: ['Go to ', { tag: 'home', children: 'the home page' }, ' to find what you need.'], links: { home: '/' } },
  render: (args: RichTextViewProps) => (
    <p>
      <RichTextView {...args} />
    </p>
  ),
} satisfies Meta<typeof RichTextView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The help line of a catalog message, in the toolbar's locale and tone. */
export const CatalogField: Story = {
  render: (_args: RichTextViewProps, context: StoryGlobals) => (
    <p>
      <RichTextView text={sampleMessage('INTERNAL', context.globals).message.alternative ?? []} links={sampleLinks} />
    </p>
  ),
};

/** Edit the parts and links in Controls: a missing or unsafe URL leaves the words as text. */
export const Parts: Story = {};

export const UnsafeLinkDropped: Story = {
  args: { text: ['Read ', { tag: 'status', children: 'the status page' }, '.'], links: { status: 'javascript:alert(1)' } },
};
