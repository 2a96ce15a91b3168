import type { UiStrings } from '../../types.js';

// Arabic has six plural categories (zero, one, two, few, many, other); each gets its own wording
// because the noun form changes (ثانية، ثانيتين، ثوانٍ).
export const ar: UiStrings = {
  reference: 'المرجع',
  quoteReference: 'اذكر هذا المرجع عند التواصل مع الدعم.',
  statusPage: 'تحقّق من حالة الخدمة',
  home: 'الانتقال إلى الصفحة الرئيسية',
  dismiss: 'إغلاق',
  retryAfterSeconds:
    '{seconds, plural, zero {يمكنك المحاولة مرة أخرى الآن.} one {يمكنك المحاولة مرة أخرى بعد ثانية واحدة.} two {يمكنك المحاولة مرة أخرى بعد ثانيتين.} few {يمكنك المحاولة مرة أخرى بعد #\u00a0ثوانٍ.} many {يمكنك المحاولة مرة أخرى بعد #\u00a0ثانية.} other {يمكنك المحاولة مرة أخرى بعد #\u00a0ثانية.}}',
  retryAt: 'يمكنك المحاولة مرة أخرى عند الساعة\u00a0{time, time, short}.',
  diagnostics: 'معلومات التشخيص',
  tryAgain: 'حاول مرة أخرى',
  signIn: 'تسجيل الدخول',
  goBack: 'رجوع',
  contactSupport: 'تواصل مع الدعم',
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  footer: 'هذه الصفحة من {brandName}.',
  errorSummary: 'إجابات تحتاج إلى مراجعة',
};
