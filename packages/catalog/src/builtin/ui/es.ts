import type { UiStrings } from '../../types.js';

// Usted throughout: chrome words appear next to every tone, so they use the polite register. Support
// is "el equipo de asistencia", as in the messages.
export const es: UiStrings = {
  reference: 'Referencia',
  quoteReference: 'Indique esta referencia si contacta con el equipo de asistencia.',
  statusPage: 'Consultar el estado del servicio',
  home: 'Ir a la página de inicio',
  dismiss: 'Cerrar',
  // `many` is CLDR's category for millions in Spanish ("1 millón de segundos").
  retryAfterSeconds:
    '{seconds, plural, one {Puede volver a intentarlo en # segundo.} many {Puede volver a intentarlo en # de segundos.} other {Puede volver a intentarlo en # segundos.}}',
  // "a las {time}" would be wrong for one o'clock ("a la 1:00"), so the time stands on its own.
  retryAt: 'Puede volver a intentarlo a esta hora: {time, time, short}.',
  diagnostics: 'Diagnóstico',
  tryAgain: 'Volver a intentarlo',
  signIn: 'Iniciar sesión',
  goBack: 'Volver atrás',
  contactSupport: 'Contactar con el equipo de asistencia',
  skipToContent: 'Saltar al contenido principal',
  footer: 'Esta página es de {brandName}.',
};
