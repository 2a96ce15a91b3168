import type { UiStrings } from '../../types.js';

export const en: UiStrings = {
  reference: 'Reference',
  quoteReference: 'Quote this reference if you contact support.',
  statusPage: 'Check the service status',
  home: 'Go to the home page',
  dismiss: 'Dismiss',
  retryAfterSeconds: '{seconds, plural, one {You can try again in #\u00a0second.} other {You can try again in #\u00a0seconds.}}',
  retryAt: 'You can try again at {time, time, short}.',
  diagnostics: 'Diagnostics',
  tryAgain: 'Try again',
  signIn: 'Sign in',
  goBack: 'Go back',
  contactSupport: 'Contact support',
  skipToContent: 'Skip to main content',
  footer: 'This page is from {brandName}.',
  errorSummary: 'Answers to check',
};
