import type { UiStrings } from '../../types.js';

// No second person at all: chrome words appear next to every tone, and the friendly tone says tú
// while neutral and formal say usted, so a "Puede volver a intentarlo" beside "tu dispositivo" would
// mix registers on one page. Infinitives and impersonal "se" read right beside either. Support is
// "el equipo de asistencia", as in the messages.
export const es: UiStrings = {
  reference: 'Referencia',
  quoteReference: 'Con esta referencia, el equipo de asistencia encuentra lo ocurrido.',
  statusPage: 'Consultar el estado del servicio',
  home: 'Ir a la página de inicio',
  dismiss: 'Cerrar',
  // `many` is CLDR's category for millions in Spanish ("1 millón de segundos").
  retryAfterSeconds:
    '{seconds, plural, one {Se podrá volver a intentar dentro de #\u00a0segundo.} many {Se podrá volver a intentar dentro de #\u00a0de segundos.} other {Se podrá volver a intentar dentro de #\u00a0segundos.}}',
  // "a las {time}" would be wrong for one o'clock ("a la 1:00"), so the time stands on its own.
  retryAt: 'Se podrá volver a intentar a partir de esta hora: {time, time, short}.',
  diagnostics: 'Diagnóstico',
  tryAgain: 'Volver a intentarlo',
  signIn: 'Iniciar sesión',
  goBack: 'Volver atrás',
  contactSupport: 'Contactar con el equipo de asistencia',
  skipToContent: 'Saltar al contenido principal',
  footer: 'Esta página es de {brandName}.',
  errorSummary: 'Respuestas que revisar',
};
