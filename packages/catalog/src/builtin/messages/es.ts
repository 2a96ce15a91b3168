// Spanish copy for every built-in code, in three tones, written from the English source to the same
// tone guide rather than translated word for word. Neutral Spanish that reads well in Spain and Latin
// America (no vosotros, no regional words).
// Register: friendly speaks to the person as tú, as most Spanish product copy does; neutral and formal
// use usted. The built-in catalog declares this once (`informalAddress: ['es']` in ../catalog.ts),
// and the linter allows tú in the friendly tone for that reason.
// Times stand after a colon ("a partir de esta hora: 13:05") or next to a date, never after "a las":
// "a las 1:30" is wrong in Spanish ("a la 1:30"), and a formatted time cannot choose its article.
// Plurals list CLDR's `many` (millions: "1.000.000 de segundos"). No "por favor", no "mantenimiento"
// (a vague word in the tone guide): planned work is "trabajos programados".
import type { MessageSet, Tone } from '../../types.js';
import type { BuiltinCode } from '../entries.js';
import { withAnswers } from './answers.js';

const help = {
  friendly: '¿Necesitas ayuda? <link>Contacta con el equipo de asistencia</link>.',
  neutral: '<link>Contacte con el equipo de asistencia</link> si necesita ayuda.',
  formal: 'Si necesita ayuda, puede <link>ponerse en contacto con el equipo de asistencia</link>.',
} as const;

const statusStep = {
  friendly: '<link>Consulta el estado del servicio</link> para ver las novedades.',
  neutral: '<link>Consulte el estado del servicio</link> para ver las novedades.',
  formal: '<link>Consulte el estado del servicio</link> para obtener información actualizada.',
} as const;

const saved = {
  friendly: { yes: 'Hemos guardado tus respuestas.', no: 'No hemos podido guardar tus respuestas.' },
  neutral: { yes: 'Sus respuestas se han guardado.', no: 'Sus respuestas no se han guardado.' },
  formal: { yes: 'Sus respuestas se han guardado.', no: 'Sus respuestas no se han guardado.' },
} as const;

const seconds = '{retryAfterSeconds, plural, one {#\u00a0segundo} many {#\u00a0de segundos} other {#\u00a0segundos}}';
const minutes = '{minutes, plural, one {#\u00a0minuto} many {#\u00a0de minutos} other {#\u00a0minutos}}';

export const es: Record<BuiltinCode, Record<Tone, MessageSet>> = {
  BAD_REQUEST: {
    friendly: {
      title: 'No hemos podido leer los datos',
      description: 'El enlace o el formulario que has usado ha enviado datos que no entendemos. Suele pasar con enlaces rotos o antiguos.',
      nextSteps: ['<link>Vuelve atrás</link> e inténtalo de nuevo.', 'Si has usado un marcador, empieza de nuevo desde la página de inicio.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'No se han podido leer los datos',
      description: 'El enlace o el formulario que ha usado ha enviado datos que no podemos interpretar. Suele deberse a enlaces rotos o antiguos.',
      nextSteps: ['<link>Vuelva atrás</link> e inténtelo de nuevo.', 'Si ha usado un marcador, empiece de nuevo desde la página de inicio.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'No se ha podido abrir esta página',
      description: 'El enlace o el formulario utilizado ha enviado datos que no hemos podido interpretar. Esto suele deberse a enlaces rotos u obsoletos.',
      nextSteps: [
        '<link>Vuelva a la página anterior</link> e inténtelo de nuevo.',
        'Si ha utilizado un marcador, comience de nuevo desde la página de inicio.',
      ],
      alternative: help.formal,
    },
  },
  VALIDATION_FAILED: {
    friendly: {
      title: 'Hay datos que revisar',
      description: 'Parte de la información enviada no tiene un formato que podamos usar. Todavía no se ha guardado nada.',
      nextSteps: ['<link>Vuelve</link> al formulario y revisa tus respuestas.', 'Cambia las respuestas marcadas y vuelve a enviar el formulario.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Revise sus respuestas',
      description: 'Parte de la información enviada no tiene un formato que podamos usar. Todavía no se ha guardado nada.',
      nextSteps: ['<link>Vuelva</link> al formulario y revise sus respuestas.', 'Cambie las respuestas marcadas y vuelva a enviar el formulario.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Es necesario corregir algunos datos',
      description: 'La información facilitada no tiene un formato que podamos aceptar. No se ha guardado nada.',
      nextSteps: ['<link>Vuelva al formulario</link> y revise sus respuestas.', 'Corrija las respuestas marcadas y envíe de nuevo el formulario.'],
      alternative: help.formal,
    },
  },
  UNAUTHENTICATED: {
    friendly: {
      title: 'Inicia sesión para ver esta página',
      description: 'Esta página solo está disponible con la sesión iniciada. Se abrirá en cuanto entres.',
      nextSteps: ['<link>Inicia sesión</link> y vuelve a abrir esta página.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Tiene que iniciar sesión',
      description: 'Esta página solo está disponible si ha iniciado sesión.',
      nextSteps: ['<link>Inicie sesión</link> y vuelva a abrir esta página.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Inicie sesión para ver esta página',
      description: 'Esta página solo está disponible para las personas que han iniciado sesión.',
      nextSteps: ['<link>Inicie sesión</link> y, a continuación, vuelva a abrir esta página.'],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRED: {
    friendly: {
      title: 'Se ha cerrado tu sesión',
      description: withAnswers('Lo hemos hecho para proteger tu cuenta.', {
        yes: 'Hemos guardado tus respuestas.',
        no: 'No hemos podido guardar las respuestas que aún no habías enviado.',
      }),
      nextSteps: ['<link>Vuelve a iniciar sesión</link> para continuar.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Se ha cerrado su sesión',
      description: withAnswers('Es una medida para proteger su cuenta.', {
        yes: 'Sus respuestas se han guardado.',
        no: 'Las respuestas que aún no había enviado no se han guardado.',
      }),
      nextSteps: ['<link>Vuelva a iniciar sesión</link> para continuar.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Su sesión se ha cerrado',
      description: withAnswers('Por su seguridad, hemos cerrado la sesión, probablemente tras un periodo sin actividad.', {
        yes: 'Sus respuestas se han guardado.',
        no: 'Las respuestas que no se habían enviado no se han guardado.',
      }),
      nextSteps: ['<link>Vuelva a iniciar sesión</link> para continuar.'],
      alternative: help.formal,
    },
  },
  FORBIDDEN: {
    friendly: {
      title: 'No puedes abrir esta página',
      description: 'Tu cuenta no tiene acceso a ella. La persona que gestiona tu cuenta puede cambiarlo.',
      nextSteps: ['Pide acceso a la persona que gestiona tu cuenta.', '<link>Ve a la página de inicio</link> para ver lo que puedes usar.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'No tiene acceso',
      description: 'Su cuenta no puede abrir esta página. La persona que gestiona su cuenta puede cambiarlo.',
      nextSteps: ['Pida acceso a la persona que gestiona su cuenta.', '<link>Vuelva a la página de inicio</link> para ver lo que puede usar.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'El acceso a esta página está restringido',
      description: 'Su cuenta no tiene permiso para abrir esta página. La persona que gestiona su cuenta puede concederle acceso.',
      nextSteps: ['Solicite acceso a la persona que gestiona su cuenta.', '<link>Vuelva a la página de inicio</link> para continuar.'],
      alternative: help.formal,
    },
  },
  NOT_FOUND: {
    friendly: {
      title: 'No encontramos esa página',
      description: 'Puede que se haya movido o que el enlace esté desactualizado.',
      nextSteps: [
        'Si has escrito la dirección, comprueba que sea correcta.',
        'Si has pegado la dirección, comprueba que la hayas copiado entera.',
        '<link>Ve a la página de inicio</link> para encontrar lo que buscas.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Página no encontrada',
      description: 'Puede que la página se haya movido o eliminado.',
      nextSteps: [
        'Si ha escrito la dirección, compruebe que sea correcta.',
        'Si ha pegado la dirección, compruebe que la haya copiado entera.',
        '<link>Vuelva a la página de inicio</link> para encontrar lo que necesita.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'No se ha encontrado la página',
      description: 'Es posible que la página se haya trasladado o eliminado.',
      nextSteps: [
        'Si ha escrito la dirección, compruebe que sea correcta.',
        'Si ha pegado la dirección, compruebe que la haya copiado completa.',
        '<link>Vuelva a la página de inicio</link> para encontrar la información que necesita.',
      ],
      alternative: help.formal,
    },
  },
  METHOD_NOT_ALLOWED: {
    friendly: {
      title: 'Esa acción no está disponible aquí',
      description: 'Esta página no admite ese tipo de acción. Puede pasar con un formulario o un marcador antiguos.',
      nextSteps: [
        '<link>Ve a la página de inicio</link> y empieza de nuevo desde allí.',
        'Si has usado un marcador, actualízalo cuando encuentres la página correcta.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Esta acción no está disponible aquí',
      description: 'Esta página no admite ese tipo de acción. Puede deberse a un formulario o un marcador antiguos.',
      nextSteps: [
        '<link>Vuelva a la página de inicio</link> y empiece de nuevo desde allí.',
        'Si ha usado un marcador, actualícelo cuando encuentre la página correcta.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Esta acción no está disponible',
      description: 'Esta página no admite ese tipo de acción. Un formulario o un marcador obsoletos pueden ser la causa.',
      nextSteps: [
        '<link>Vuelva a la página de inicio</link> y comience de nuevo desde allí.',
        'Si ha utilizado un marcador, actualícelo cuando encuentre la página correcta.',
      ],
      alternative: help.formal,
    },
  },
  REQUEST_TIMEOUT: {
    friendly: {
      title: 'Ha tardado demasiado',
      description: 'Los datos tardaban demasiado en llegar, así que hemos dejado de esperar. Puede pasar con una conexión lenta o inestable.',
      nextSteps: ['Comprueba tu conexión a internet.', '<link>Inténtalo de nuevo</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'La conexión ha sido demasiado lenta',
      description: 'Hemos dejado de esperar porque los datos tardaban demasiado en llegar. Puede deberse a una conexión a internet lenta o inestable.',
      nextSteps: ['Compruebe su conexión a internet.', '<link>Inténtelo de nuevo</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'La conexión ha tardado demasiado',
      description: 'Hemos dejado de esperar porque la información tardaba demasiado en llegar. Una conexión a internet lenta o inestable puede ser la causa.',
      nextSteps: ['Compruebe su conexión a internet.', '<link>Inténtelo de nuevo</link>.'],
      alternative: help.formal,
    },
  },
  CONFLICT: {
    friendly: {
      title: 'Otra persona lo ha cambiado antes',
      description: 'Se actualizó mientras trabajabas en ello, así que no hemos guardado tus cambios.',
      nextSteps: ['<link>Vuelve atrás</link> y actualiza la página para ver la última versión.', 'Haz tus cambios de nuevo y guárdalos.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Esto ha cambiado mientras lo editaba',
      description: 'Otra persona lo actualizó antes, así que sus cambios no se han guardado.',
      nextSteps: ['<link>Vuelva atrás</link> y actualice la página para ver la última versión.', 'Vuelva a hacer sus cambios y guárdelos.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Este elemento se ha actualizado',
      description: 'Otra persona ha actualizado este elemento mientras usted lo editaba. Sus cambios no se han guardado.',
      nextSteps: ['<link>Vuelva a la página anterior</link> y actualícela para ver la versión más reciente.', 'Vuelva a introducir sus cambios y guárdelos.'],
      alternative: help.formal,
    },
  },
  GONE: {
    friendly: {
      title: 'Esta página ya no existe',
      description: 'La hemos retirado, así que los enlaces que llevan a ella ya no funcionan.',
      nextSteps: ['<link>Ve a la página de inicio</link> para encontrar lo que buscas.', 'Borra el marcador si guardaste esta página.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Esta página se ha eliminado',
      description: 'Ya no está disponible, así que los enlaces a ella no funcionan.',
      nextSteps: [
        '<link>Vuelva a la página de inicio</link> para encontrar lo que necesita.',
        'Elimine cualquier marcador que haya guardado para esta página.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Esta página ya no está disponible',
      description: 'Se ha eliminado de forma permanente, por lo que los enlaces a ella no funcionan.',
      nextSteps: [
        '<link>Vuelva a la página de inicio</link> para encontrar la información que necesita.',
        'Elimine cualquier marcador guardado para esta página.',
      ],
      alternative: help.formal,
    },
  },
  PAYLOAD_TOO_LARGE: {
    friendly: {
      title: 'Ese archivo es demasiado grande',
      description: 'Lo que has enviado supera el tamaño que admitimos. El límite es {maxSize}.',
      nextSteps: [
        '<link>Vuelve atrás</link> y elige un archivo más pequeño.',
        'Si es una foto o un documento escaneado, prueba a guardarlo con menos calidad.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'El archivo es demasiado grande',
      description: 'El archivo supera el tamaño que aceptamos. El tamaño máximo es {maxSize}.',
      nextSteps: ['<link>Vuelva atrás</link> y elija un archivo más pequeño.', 'Si es una foto o un documento escaneado, guárdelo antes con menos calidad.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'El archivo supera el tamaño máximo',
      description: 'El archivo es mayor de lo que podemos aceptar. El tamaño máximo es {maxSize}.',
      nextSteps: [
        '<link>Vuelva a la página anterior</link> y seleccione un archivo más pequeño.',
        'Si se trata de una fotografía o un documento escaneado, guárdelo antes con una calidad inferior.',
      ],
      alternative: help.formal,
    },
  },
  RATE_LIMITED: {
    friendly: {
      title: 'Demasiados intentos seguidos',
      description: 'Para que el servicio funcione bien para todos, hemos pausado un momento el acceso desde tu dispositivo.',
      nextSteps: [`Espera ${seconds} y <link>vuelve a intentarlo</link>.`],
      alternative: help.friendly,
      withoutValues: { nextSteps: ['Espera un momento y <link>vuelve a intentarlo</link>.'] },
    },
    neutral: {
      title: 'Demasiados intentos',
      description: 'Para que el servicio funcione bien para todos, hemos pausado durante un tiempo el acceso desde su dispositivo.',
      nextSteps: [`Espere ${seconds} y <link>vuelva a intentarlo</link>.`],
      alternative: help.neutral,
      withoutValues: { nextSteps: ['Espere un momento y <link>vuelva a intentarlo</link>.'] },
    },
    formal: {
      title: 'Demasiados intentos en poco tiempo',
      description: 'Para mantener el servicio disponible para todas las personas, se ha pausado durante un breve periodo el acceso desde su dispositivo.',
      nextSteps: [`Espere ${seconds} antes de <link>volver a intentarlo</link>.`],
      alternative: help.formal,
      withoutValues: { nextSteps: ['Espere unos instantes antes de <link>volver a intentarlo</link>.'] },
    },
  },
  QUOTA_EXCEEDED: {
    friendly: {
      title: 'Has agotado tu cuota',
      description: 'Tu cuenta ha llegado a su límite en este periodo. Todo lo que has guardado está a salvo.',
      nextSteps: [
        'Espera hasta el {retryAt, date, long} para continuar.',
        'Si necesitas más antes de esa fecha, <link>contacta con el equipo de asistencia</link> para ampliar tu plan.',
      ],
      alternative: help.friendly,
      withoutValues: {
        nextSteps: [
          'Espera a que se renueve tu cuota para continuar.',
          'Si necesitas más antes de la renovación, <link>contacta con el equipo de asistencia</link> para ampliar tu plan.',
        ],
      },
    },
    neutral: {
      title: 'Límite de uso alcanzado',
      description: 'Su cuenta ha agotado la cuota de este periodo. Su trabajo guardado no se ve afectado.',
      nextSteps: [
        'Espere hasta el {retryAt, date, long} para continuar.',
        '<link>Contacte con el equipo de asistencia</link> si necesita un límite mayor antes de esa fecha.',
      ],
      alternative: help.neutral,
      withoutValues: {
        nextSteps: [
          'Espere a que se renueve su cuota para continuar.',
          '<link>Contacte con el equipo de asistencia</link> si necesita un límite mayor antes de la renovación.',
        ],
      },
    },
    formal: {
      title: 'Ha alcanzado su límite de uso',
      description: 'Su cuenta ha agotado la cuota completa del periodo actual. Su trabajo guardado no se ve afectado.',
      nextSteps: [
        'Espere hasta el {retryAt, date, long} para continuar.',
        'Si necesita un límite superior antes de esa fecha, <link>póngase en contacto con el equipo de asistencia</link>.',
      ],
      alternative: help.formal,
      withoutValues: {
        nextSteps: [
          'Espere a que se renueve su cuota para continuar.',
          'Si necesita un límite superior antes de la renovación, <link>póngase en contacto con el equipo de asistencia</link>.',
        ],
      },
    },
  },
  INTERNAL: {
    friendly: {
      title: 'Lo sentimos, algo ha salido mal',
      description: withAnswers('El problema es nuestro, no de algo que hayas hecho.', saved.friendly),
      nextSteps: ['<link>Inténtalo de nuevo</link> en unos minutos.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Lo sentimos, hay un problema',
      description: withAnswers('El problema es nuestro.', saved.neutral),
      nextSteps: ['<link>Inténtelo de nuevo</link> dentro de unos minutos.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Hay un problema con el servicio',
      description: withAnswers('No hemos podido completar esta acción debido a un problema en nuestros sistemas.', saved.formal),
      nextSteps: ['<link>Inténtelo de nuevo</link> dentro de unos minutos.'],
      alternative: help.formal,
    },
  },
  NOT_IMPLEMENTED: {
    friendly: {
      title: 'Esto aún no está listo',
      description: 'Todavía estamos creando esta parte del servicio.',
      nextSteps: ['<link>Ve a la página de inicio</link> para ver lo que ya está disponible.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Esto aún no está disponible',
      description: 'Todavía estamos creando esta parte del servicio.',
      nextSteps: ['<link>Vuelva a la página de inicio</link> para ver lo que ya está disponible.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Esta función aún no está disponible',
      description: 'Esta parte del servicio todavía está en desarrollo.',
      nextSteps: ['<link>Vuelva a la página de inicio</link> para consultar los servicios disponibles actualmente.'],
      alternative: help.formal,
    },
  },
  DEPENDENCY_FAILED: {
    friendly: {
      title: 'Un servicio que usamos no funciona',
      description: withAnswers('Esta página necesita otro servicio, y no ha respondido bien.', saved.friendly),
      nextSteps: ['<link>Inténtalo de nuevo</link> en unos minutos.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Un servicio conectado no funciona',
      description: withAnswers('Esta página depende de otro servicio, que no ha respondido correctamente.', saved.neutral),
      nextSteps: ['<link>Inténtelo de nuevo</link> dentro de unos minutos.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Un servicio conectado tiene un problema',
      description: withAnswers('Esta página se apoya en otro servicio, que no ha respondido de forma correcta.', saved.formal),
      nextSteps: ['<link>Inténtelo de nuevo</link> dentro de unos minutos.'],
      alternative: help.formal,
    },
  },
  SERVICE_UNAVAILABLE: {
    friendly: {
      title: 'Lo sentimos, el servicio no está disponible',
      description: withAnswers('Esperamos que vuelva a funcionar a partir del {availableAt, date, full}, {availableAt, time, short}.', saved.friendly),
      nextSteps: ['Vuelve a intentarlo después de esta hora: {availableAt, time, short}.', statusStep.friendly],
      alternative: help.friendly,
      withoutValues: {
        description: withAnswers('Estamos trabajando para que vuelva a funcionar lo antes posible.', saved.friendly),
        nextSteps: ['Vuelve a intentarlo más tarde.', statusStep.friendly],
      },
    },
    neutral: {
      title: 'Lo sentimos, el servicio no está disponible',
      description: withAnswers('Podrá volver a usarlo a partir del {availableAt, date, full}, {availableAt, time, short}.', saved.neutral),
      nextSteps: ['Vuelva a intentarlo después de esta hora: {availableAt, time, short}.', statusStep.neutral],
      alternative: help.neutral,
      withoutValues: {
        description: withAnswers('Estamos trabajando para que vuelva a funcionar.', saved.neutral),
        nextSteps: ['Vuelva a intentarlo más tarde.', statusStep.neutral],
      },
    },
    formal: {
      title: 'El servicio no está disponible',
      description: withAnswers('Prevemos que vuelva a estar disponible a partir del {availableAt, date, full}, {availableAt, time, short}.', saved.formal),
      nextSteps: ['Vuelva a intentarlo después de esta hora: {availableAt, time, short}.', statusStep.formal],
      alternative: help.formal,
      withoutValues: {
        description: withAnswers('Estamos trabajando para que vuelva a estar disponible.', saved.formal),
        nextSteps: ['Vuelva a intentarlo más tarde.', statusStep.formal],
      },
    },
  },
  MAINTENANCE: {
    friendly: {
      title: 'Lo sentimos, el servicio está cerrado',
      description:
        'Estamos haciendo trabajos programados en el servicio. Podrás volver a usarlo a partir del {availableAt, date, full}, {availableAt, time, short}.',
      nextSteps: ['Vuelve a intentarlo después de esta hora: {availableAt, time, short}.', statusStep.friendly],
      alternative: help.friendly,
      withoutValues: {
        description: 'Estamos haciendo trabajos programados en el servicio. Volverá a funcionar cuando terminen.',
        nextSteps: ['Vuelve a intentarlo más tarde.', statusStep.friendly],
      },
    },
    neutral: {
      title: 'Lo sentimos, el servicio está cerrado',
      description:
        'Estamos haciendo trabajos programados en el servicio. Podrá volver a usarlo a partir del {availableAt, date, full}, {availableAt, time, short}.',
      nextSteps: ['Vuelva a intentarlo después de esta hora: {availableAt, time, short}.', statusStep.neutral],
      alternative: help.neutral,
      withoutValues: {
        description: 'Estamos haciendo trabajos programados en el servicio. Volverá a estar disponible cuando terminen.',
        nextSteps: ['Vuelva a intentarlo más tarde.', statusStep.neutral],
      },
    },
    formal: {
      title: 'El servicio está cerrado por trabajos programados',
      description: 'Podrá volver a utilizar el servicio a partir del {availableAt, date, full}, {availableAt, time, short}.',
      nextSteps: ['Para continuar, vuelva a esta página después de esta hora: {availableAt, time, short}.', statusStep.formal],
      alternative: help.formal,
      withoutValues: {
        description: 'Podrá volver a utilizar el servicio cuando terminen los trabajos.',
        nextSteps: ['Para continuar, vuelva a esta página más tarde.', statusStep.formal],
      },
    },
  },
  UPSTREAM_TIMEOUT: {
    friendly: {
      title: 'Esto está tardando demasiado',
      description: withAnswers('Un servicio del que dependemos no ha respondido a tiempo.', saved.friendly),
      nextSteps: ['<link>Inténtalo de nuevo</link> en unos minutos.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'El servicio ha tardado demasiado',
      description: withAnswers('Otro servicio del que dependemos no ha respondido a tiempo.', saved.neutral),
      nextSteps: ['<link>Inténtelo de nuevo</link> dentro de unos minutos.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'La respuesta ha tardado demasiado',
      description: withAnswers('Un servicio conectado no ha respondido a tiempo.', saved.formal),
      nextSteps: ['<link>Inténtelo de nuevo</link> dentro de unos minutos.'],
      alternative: help.formal,
    },
  },
  DEGRADED: {
    friendly: {
      title: 'Puede que los resultados no estén al día',
      description: 'Parte del servicio no funciona, así que te mostramos resultados guardados. Última actualización: {since, time, short}.',
      nextSteps: [statusStep.friendly],
      alternative: help.friendly,
      withoutValues: { description: 'Parte del servicio no funciona, así que te mostramos resultados guardados anteriormente.' },
    },
    neutral: {
      title: 'Puede que los resultados no estén actualizados',
      description: 'Parte del servicio no funciona, así que mostramos resultados guardados. Última actualización: {since, time, short}.',
      nextSteps: [statusStep.neutral],
      alternative: help.neutral,
      withoutValues: { description: 'Parte del servicio no funciona, así que mostramos resultados guardados anteriormente.' },
    },
    formal: {
      title: 'Los resultados pueden no estar actualizados',
      description: 'Parte del servicio no funciona. Los resultados mostrados corresponden a la última actualización: {since, time, short}.',
      nextSteps: [statusStep.formal],
      alternative: help.formal,
      withoutValues: { description: 'Parte del servicio no funciona. Los resultados mostrados se guardaron anteriormente.' },
    },
  },
  READ_ONLY: {
    friendly: {
      title: 'Ahora no puedes hacer cambios',
      description: 'Lo sentimos, hemos pausado los cambios durante un rato. Puedes seguir viéndolo todo.',
      nextSteps: ['Espera un poco y vuelve a intentar hacer tus cambios.', statusStep.friendly],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Los cambios están en pausa',
      description: 'Puede ver toda la información, pero durante un tiempo no puede hacer cambios.',
      nextSteps: ['Vuelva a intentar hacer sus cambios más tarde.', statusStep.neutral],
      alternative: help.neutral,
    },
    formal: {
      title: 'Los cambios no están disponibles temporalmente',
      description: 'Puede consultar toda la información, pero en este momento no es posible realizar cambios.',
      nextSteps: ['Intente realizar sus cambios más tarde.', statusStep.formal],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRING: {
    friendly: {
      title: 'Pronto se cerrará tu sesión',
      description: `Por tu seguridad, cerraremos tu sesión dentro de ${minutes}.`,
      nextSteps: ['Guarda tu trabajo ahora.', '<link>Mantén la sesión iniciada</link> para seguir trabajando.'],
      alternative: help.friendly,
      withoutValues: { description: 'Por tu seguridad, cerraremos tu sesión en breve.' },
    },
    neutral: {
      title: 'Su sesión se cerrará pronto',
      description: `Por su seguridad, cerraremos su sesión dentro de ${minutes}.`,
      nextSteps: ['Guarde su trabajo ahora.', '<link>Mantenga la sesión iniciada</link> para seguir trabajando.'],
      alternative: help.neutral,
      withoutValues: { description: 'Por su seguridad, cerraremos su sesión en breve.' },
    },
    formal: {
      title: 'Su sesión finalizará en breve',
      description: `Por su seguridad, su sesión se cerrará dentro de ${minutes}.`,
      nextSteps: ['Guarde su trabajo ahora.', '<link>Mantenga la sesión iniciada</link> para continuar trabajando.'],
      alternative: help.formal,
      withoutValues: { description: 'Por su seguridad, su sesión se cerrará dentro de poco.' },
    },
  },
};
