// Sample content shared by stories and tests (one set of examples feeds every check).
import type { ErrorPageLabels } from '../ErrorPage/ErrorPage.js';
import type { BrandIdentity } from './contracts.js';

export const exampleTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';
/** Longer than any line at 320px: must wrap, never scroll. */
export const longTraceId = `00-${'4bf92f3577b34da6a3ce929d0e0e4736'.repeat(3)}-00f067aa0ba902b7-01`;

export const exampleBrand: BrandIdentity = { name: 'Northwind', homeHref: '/' };

export const englishLabels: ErrorPageLabels = {
  reference: 'Reference',
  quoteReference: 'Quote this reference if you contact support.',
  statusPage: 'Check the service status page',
  diagnostics: 'Diagnostics',
  skipToContent: 'Skip to main content',
  nextSteps: 'What you can do',
};

export const arabicLabels: ErrorPageLabels = {
  reference: 'المرجع',
  quoteReference: 'اذكر هذا المرجع إذا تواصلت مع الدعم.',
  statusPage: 'تحقق من صفحة حالة الخدمة',
  diagnostics: 'التشخيص',
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  nextSteps: 'ما يمكنك فعله',
};

export const arabicBrand: BrandIdentity = { name: 'نورثويند', homeHref: '/' };
