import type { UiStrings } from '../../types.js';

// Sie throughout: chrome words appear next to every tone, so they use the polite register.
export const de: UiStrings = {
  reference: 'Referenz',
  quoteReference: 'Nennen Sie diese Referenz, wenn Sie den Support kontaktieren.',
  statusPage: 'Dienststatus prüfen',
  home: 'Zur Startseite',
  dismiss: 'Schließen',
  retryAfterSeconds: '{seconds, plural, one {Sie können es in #\u00a0Sekunde erneut versuchen.} other {Sie können es in #\u00a0Sekunden erneut versuchen.}}',
  retryAt: 'Sie können es ab {time, time, short}\u00a0Uhr erneut versuchen.',
  diagnostics: 'Diagnose',
  tryAgain: 'Erneut versuchen',
  signIn: 'Anmelden',
  goBack: 'Zurück',
  contactSupport: 'Support kontaktieren',
  skipToContent: 'Zum Hauptinhalt springen',
  footer: 'Diese Seite stammt von {brandName}.',
  errorSummary: 'Zu prüfende Angaben',
};
