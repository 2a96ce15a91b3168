import type { Meta, StoryObj } from '@storybook/react-vite';
import { arabicBrand, arabicLabels, englishLabels, exampleBrand, exampleTraceId, longTraceId } from '../private/examples.js';
import { ErrorPage } from './ErrorPage.js';

const meta = {
  title: 'Pages/Error page',
  component: ErrorPage,
  parameters: { layout: 'fullscreen' },
  args: {
    brand: exampleBrand,
    labels: englishLabels,
    eyebrow: 'Error 404',
    title: 'We can’t find that page',
    description: 'The page may have moved, or the web address may be wrong.',
    nextSteps: ['Check the web address for typing mistakes.', 'Go to the home page and search for what you need.'],
    primaryAction: { label: 'Go to the home page', href: '/' },
    traceId: exampleTraceId,
  },
} satisfies Meta<typeof ErrorPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NotFound: Story = {};

export const ServerError: Story = {
  args: {
    eyebrow: 'Error 500',
    title: 'Something went wrong on our side',
    description: 'It is not something you did. We have been told about it and are looking into it.',
    nextSteps: ['Try again in a few minutes.', 'If it keeps happening, contact support and quote the reference below.'],
    primaryAction: { label: 'Try again', href: '/orders/1234' },
    alternative: 'You can also go to the home page.',
    statusHref: 'https://status.example.com/',
  },
};

export const ServiceUnavailable: Story = {
  args: {
    eyebrow: 'Error 503',
    title: 'This service is down for maintenance',
    description: 'We are making improvements. Your saved work is safe.',
    retry: { text: 'Try again after 14:30 UTC.', at: '2026-11-21T14:30:00Z' },
    nextSteps: ['Come back after the time above.'],
    primaryAction: { label: 'Try again', href: '/' },
    statusHref: 'https://status.example.com/',
  },
};

export const WithDiagnostics: Story = {
  args: {
    ...ServerError.args,
    diagnostics: (
      <pre>{`TypeError: Cannot read properties of undefined (reading 'total')
    at priceOrder (/srv/app/src/orders/price.ts:42:17)
    at async handler (/srv/app/src/routes/orders.ts:88:5)`}</pre>
    ),
  },
};

export const LongTraceId: Story = {
  args: { traceId: longTraceId },
};

export const RightToLeftArabic: Story = {
  // The toolbar direction too, so the whole preview (not only the story's wrapper) is right-to-left.
  globals: { dir: 'rtl' },
  args: {
    brand: arabicBrand,
    labels: arabicLabels,
    eyebrow: 'خطأ 404',
    title: 'لم نتمكن من العثور على هذه الصفحة',
    description: 'ربما نُقلت الصفحة، أو قد يكون عنوان الويب غير صحيح.',
    nextSteps: ['تحقق من عنوان الويب بحثًا عن أخطاء في الكتابة.', 'انتقل إلى الصفحة الرئيسية وابحث عما تحتاج إليه.'],
    primaryAction: { label: 'انتقل إلى الصفحة الرئيسية', href: '/' },
  },
  render: (args) => (
    <div lang="ar" dir="rtl">
      <ErrorPage {...args} />
    </div>
  ),
};
