// German copy for every built-in code, in three tones, written from the English source to the same
// tone guide rather than translated word for word.
// Register: Sie in every tone. The built-in catalog serves any brand, and du is a brand choice in
// German (the linter allows it only through `informalAddress`), so the friendly tone gets its warmth
// from short sentences, "wir" and "leider" instead. Neutral is plain and has no "bitte"; formal uses
// complete statements, no questions and slightly more formal verbs (benötigen, zurückkehren).
// Times are written "ab 14:30\u00a0Uhr", the usual German form; "Entschuldigung" appears only where the
// English says "Sorry". No "Wartung" (a vague word in the tone guide): planned work is "geplante
// Arbeiten".
import type { MessageSet, Tone } from '../../types.js';
import type { BuiltinCode } from '../entries.js';
import { withAnswers } from './answers.js';

const help = {
  friendly: 'Brauchen Sie Hilfe? <link>Kontaktieren Sie unseren Support</link>.',
  neutral: '<link>Kontaktieren Sie den Support</link>, wenn Sie Hilfe brauchen.',
  formal: 'Wenn Sie Hilfe benötigen, können Sie sich <link>an unseren Support wenden</link>.',
} as const;

const statusStep = {
  friendly: '<link>Schauen Sie im Dienststatus nach</link>, ob es Neuigkeiten gibt.',
  neutral: '<link>Prüfen Sie den Dienststatus</link>, um mehr zu erfahren.',
  formal: '<link>Prüfen Sie den Dienststatus</link>, um aktuelle Informationen zu erhalten.',
} as const;

const saved = {
  friendly: { yes: 'Ihre Antworten haben wir gespeichert.', no: 'Ihre Antworten konnten wir leider nicht speichern.' },
  neutral: { yes: 'Ihre Antworten wurden gespeichert.', no: 'Ihre Antworten wurden nicht gespeichert.' },
  formal: { yes: 'Ihre Antworten wurden gespeichert.', no: 'Ihre Antworten wurden nicht gespeichert.' },
} as const;

const seconds = '{retryAfterSeconds, plural, one {#\u00a0Sekunde} other {#\u00a0Sekunden}}';
const minutes = '{minutes, plural, one {#\u00a0Minute} other {#\u00a0Minuten}}';

export const de: Record<BuiltinCode, Record<Tone, MessageSet>> = {
  BAD_REQUEST: {
    friendly: {
      title: 'Das konnten wir nicht lesen',
      description: 'Der Link oder das Formular hat Daten gesendet, mit denen wir nichts anfangen können. Das passiert oft bei defekten oder alten Links.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> und versuchen Sie es noch einmal.',
        'Wenn Sie ein Lesezeichen genutzt haben, starten Sie neu auf der Startseite.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Wir konnten die Daten nicht lesen',
      description: 'Der Link oder das Formular hat Daten gesendet, die wir nicht verarbeiten können. Häufige Ursache sind defekte oder veraltete Links.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> und versuchen Sie es erneut.',
        'Wenn Sie ein Lesezeichen verwendet haben, beginnen Sie erneut auf der Startseite.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Diese Seite konnte nicht geöffnet werden',
      description:
        'Der verwendete Link oder das Formular hat Daten übermittelt, die wir nicht verarbeiten konnten. Häufig liegt dies an fehlerhaften oder veralteten Links.',
      nextSteps: [
        '<link>Kehren Sie zur vorherigen Seite zurück</link> und versuchen Sie es erneut.',
        'Wenn Sie ein Lesezeichen verwendet haben, beginnen Sie erneut auf der Startseite.',
      ],
      alternative: help.formal,
    },
  },
  VALIDATION_FAILED: {
    friendly: {
      title: 'Einige Angaben passen noch nicht',
      description: 'Ein Teil der Angaben hat ein Format, das wir nicht verwenden können. Gespeichert ist noch nichts.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> zum Formular und prüfen Sie Ihre Angaben.',
        'Ändern Sie die markierten Angaben und senden Sie das Formular noch einmal.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Prüfen Sie Ihre Angaben',
      description: 'Einige Angaben haben ein Format, das wir nicht verwenden können. Es wurde noch nichts gespeichert.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> zum Formular und prüfen Sie Ihre Angaben.',
        'Ändern Sie die markierten Angaben und senden Sie das Formular erneut.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Einige Angaben müssen korrigiert werden',
      description: 'Die übermittelten Angaben haben ein Format, das wir nicht annehmen können. Es wurde nichts gespeichert.',
      nextSteps: [
        '<link>Kehren Sie zum Formular zurück</link> und prüfen Sie Ihre Angaben.',
        'Korrigieren Sie die markierten Angaben und senden Sie das Formular erneut ab.',
      ],
      alternative: help.formal,
    },
  },
  UNAUTHENTICATED: {
    friendly: {
      title: 'Melden Sie sich an, um diese Seite zu sehen',
      description: 'Diese Seite ist nur für angemeldete Personen. Sobald Sie angemeldet sind, öffnet sie sich.',
      nextSteps: ['<link>Melden Sie sich an</link> und öffnen Sie diese Seite dann noch einmal.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Sie müssen sich anmelden',
      description: 'Diese Seite ist nur verfügbar, wenn Sie angemeldet sind.',
      nextSteps: ['<link>Melden Sie sich an</link> und öffnen Sie diese Seite dann erneut.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Für diese Seite ist eine Anmeldung erforderlich',
      description: 'Diese Seite steht nur angemeldeten Personen zur Verfügung.',
      nextSteps: ['<link>Melden Sie sich an</link> und öffnen Sie diese Seite anschließend erneut.'],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRED: {
    friendly: {
      title: 'Sie wurden abgemeldet',
      description: withAnswers('So schützen wir Ihr Konto.', {
        yes: 'Ihre Antworten haben wir gespeichert.',
        no: 'Antworten, die Sie noch nicht gesendet hatten, konnten wir leider nicht speichern.',
      }),
      nextSteps: ['<link>Melden Sie sich wieder an</link>, um weiterzumachen.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Sie wurden abgemeldet',
      description: withAnswers('Das dient dem Schutz Ihres Kontos.', {
        yes: 'Ihre Antworten wurden gespeichert.',
        no: 'Antworten, die Sie noch nicht gesendet hatten, wurden nicht gespeichert.',
      }),
      nextSteps: ['<link>Melden Sie sich erneut an</link>, um fortzufahren.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Ihre Sitzung wurde beendet',
      description: withAnswers('Zu Ihrer Sicherheit haben wir Sie abgemeldet, vermutlich nach einer Zeit ohne Aktivität.', {
        yes: 'Ihre Antworten wurden gespeichert.',
        no: 'Noch nicht übermittelte Antworten wurden nicht gespeichert.',
      }),
      nextSteps: ['<link>Melden Sie sich erneut an</link>, um fortzufahren.'],
      alternative: help.formal,
    },
  },
  FORBIDDEN: {
    friendly: {
      title: 'Diese Seite können Sie nicht öffnen',
      description: 'Ihr Konto hat keinen Zugriff darauf. Die Person, die Ihr Konto verwaltet, kann das ändern.',
      nextSteps: ['Bitten Sie die Person, die Ihr Konto verwaltet, um Zugriff.', '<link>Gehen Sie zur Startseite</link>, um zu sehen, was Sie nutzen können.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Sie haben keinen Zugriff',
      description: 'Mit Ihrem Konto können Sie diese Seite nicht öffnen. Die Person, die Ihr Konto verwaltet, kann das ändern.',
      nextSteps: ['Bitten Sie die Person, die Ihr Konto verwaltet, um Zugriff.', '<link>Gehen Sie zur Startseite</link>, um zu sehen, was Sie nutzen können.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Der Zugriff auf diese Seite ist eingeschränkt',
      description: 'Ihr Konto hat keine Berechtigung für diese Seite. Die Person, die Ihr Konto verwaltet, kann Ihnen Zugriff gewähren.',
      nextSteps: [
        'Bitten Sie die Person, die Ihr Konto verwaltet, Ihnen Zugriff zu gewähren.',
        '<link>Kehren Sie zur Startseite zurück</link>, um fortzufahren.',
      ],
      alternative: help.formal,
    },
  },
  NOT_FOUND: {
    friendly: {
      title: 'Diese Seite finden wir nicht',
      description: 'Vielleicht wurde sie verschoben, oder der Link ist veraltet.',
      nextSteps: [
        'Wenn Sie die Adresse eingetippt haben, prüfen Sie, ob sie stimmt.',
        'Wenn Sie die Adresse eingefügt haben, prüfen Sie, ob sie vollständig ist.',
        '<link>Gehen Sie zur Startseite</link>, um zu finden, was Sie suchen.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Seite nicht gefunden',
      description: 'Die Seite wurde möglicherweise verschoben oder entfernt.',
      nextSteps: [
        'Wenn Sie die Adresse eingegeben haben, prüfen Sie, ob sie richtig ist.',
        'Wenn Sie die Adresse eingefügt haben, prüfen Sie, ob Sie sie vollständig kopiert haben.',
        '<link>Gehen Sie zur Startseite</link>, um das Gesuchte zu finden.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Die Seite wurde nicht gefunden',
      description: 'Die Seite wurde möglicherweise verschoben oder entfernt.',
      nextSteps: [
        'Wenn Sie die Adresse eingegeben haben, prüfen Sie, ob sie korrekt ist.',
        'Wenn Sie die Adresse eingefügt haben, prüfen Sie, ob Sie sie vollständig kopiert haben.',
        '<link>Kehren Sie zur Startseite zurück</link>, um die gewünschten Informationen zu finden.',
      ],
      alternative: help.formal,
    },
  },
  METHOD_NOT_ALLOWED: {
    friendly: {
      title: 'Das geht auf dieser Seite nicht',
      description: 'Diese Seite nimmt diese Art von Aktion nicht an. Das kann an einem alten Formular oder Lesezeichen liegen.',
      nextSteps: [
        '<link>Gehen Sie zur Startseite</link> und starten Sie von dort neu.',
        'Wenn Sie ein Lesezeichen genutzt haben, aktualisieren Sie es, sobald Sie die richtige Seite gefunden haben.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Diese Aktion ist hier nicht verfügbar',
      description: 'Diese Seite unterstützt diese Art von Aktion nicht. Ein altes Formular oder Lesezeichen kann die Ursache sein.',
      nextSteps: [
        '<link>Gehen Sie zur Startseite</link> und beginnen Sie von dort neu.',
        'Wenn Sie ein Lesezeichen verwendet haben, aktualisieren Sie es, sobald Sie die richtige Seite gefunden haben.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Diese Aktion ist nicht verfügbar',
      description: 'Diese Seite unterstützt diese Art von Aktion nicht. Die Ursache kann ein veraltetes Formular oder Lesezeichen sein.',
      nextSteps: [
        '<link>Kehren Sie zur Startseite zurück</link> und beginnen Sie von dort erneut.',
        'Wenn Sie ein Lesezeichen verwendet haben, aktualisieren Sie es, sobald Sie die richtige Seite gefunden haben.',
      ],
      alternative: help.formal,
    },
  },
  REQUEST_TIMEOUT: {
    friendly: {
      title: 'Das hat zu lange gedauert',
      description: 'Die Daten kamen zu langsam an, deshalb haben wir aufgehört zu warten. Das kann an einer langsamen oder instabilen Verbindung liegen.',
      nextSteps: ['Prüfen Sie Ihre Internetverbindung.', '<link>Versuchen Sie es noch einmal</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Die Verbindung war zu langsam',
      description:
        'Wir haben aufgehört zu warten, weil die Daten zu lange gebraucht haben. Die Ursache kann eine langsame oder instabile Internetverbindung sein.',
      nextSteps: ['Prüfen Sie Ihre Internetverbindung.', '<link>Versuchen Sie es erneut</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Die Verbindung hat zu lange gedauert',
      description:
        'Wir haben die Verbindung beendet, weil die Daten zu lange gebraucht haben. Eine langsame oder instabile Internetverbindung kann die Ursache sein.',
      nextSteps: ['Prüfen Sie Ihre Internetverbindung.', '<link>Versuchen Sie es erneut</link>.'],
      alternative: help.formal,
    },
  },
  CONFLICT: {
    friendly: {
      title: 'Jemand anderes hat das zuerst geändert',
      description: 'Es wurde geändert, während Sie daran gearbeitet haben. Deshalb haben wir Ihre Änderungen nicht gespeichert.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> und laden Sie die Seite neu, um die aktuelle Version zu sehen.',
        'Nehmen Sie Ihre Änderungen noch einmal vor und speichern Sie sie.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Das wurde während Ihrer Bearbeitung geändert',
      description: 'Jemand anderes hat es zuerst geändert. Ihre Änderungen wurden deshalb nicht gespeichert.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> und laden Sie die Seite neu, um die aktuelle Version zu sehen.',
        'Nehmen Sie Ihre Änderungen erneut vor und speichern Sie sie.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Dieser Eintrag wurde aktualisiert',
      description: 'Eine andere Person hat diesen Eintrag geändert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert.',
      nextSteps: [
        '<link>Kehren Sie zur vorherigen Seite zurück</link> und laden Sie sie neu, um die aktuelle Version zu sehen.',
        'Nehmen Sie Ihre Änderungen erneut vor und speichern Sie sie.',
      ],
      alternative: help.formal,
    },
  },
  GONE: {
    friendly: {
      title: 'Diese Seite gibt es nicht mehr',
      description: 'Wir haben sie entfernt, deshalb funktionieren Links dorthin nicht mehr.',
      nextSteps: [
        '<link>Gehen Sie zur Startseite</link>, um zu finden, was Sie suchen.',
        'Löschen Sie Lesezeichen, die Sie für diese Seite gespeichert haben.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Diese Seite wurde entfernt',
      description: 'Sie ist nicht mehr verfügbar, daher funktionieren Links dorthin nicht.',
      nextSteps: ['<link>Gehen Sie zur Startseite</link>, um das Gesuchte zu finden.', 'Löschen Sie Lesezeichen, die Sie für diese Seite gespeichert haben.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Diese Seite ist nicht mehr verfügbar',
      description: 'Sie wurde dauerhaft entfernt, daher funktionieren Links dorthin nicht.',
      nextSteps: [
        '<link>Kehren Sie zur Startseite zurück</link>, um die gewünschten Informationen zu finden.',
        'Löschen Sie gespeicherte Lesezeichen für diese Seite.',
      ],
      alternative: help.formal,
    },
  },
  PAYLOAD_TOO_LARGE: {
    friendly: {
      title: 'Diese Datei ist zu groß',
      description: 'Was Sie gesendet haben, ist größer als erlaubt. Die Grenze liegt bei {maxSize}.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> und wählen Sie eine kleinere Datei.',
        'Speichern Sie Fotos oder Scans in geringerer Qualität, damit sie kleiner werden.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Die Datei ist zu groß',
      description: 'Die Datei ist größer als erlaubt. Die maximale Größe ist {maxSize}.',
      nextSteps: [
        '<link>Gehen Sie zurück</link> und wählen Sie eine kleinere Datei.',
        'Wenn es ein Foto oder Scan ist, speichern Sie es vorher in geringerer Qualität.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'Die Datei überschreitet die zulässige Größe',
      description: 'Die Datei ist größer, als wir annehmen können. Die maximale Größe beträgt {maxSize}.',
      nextSteps: [
        '<link>Kehren Sie zur vorherigen Seite zurück</link> und wählen Sie eine kleinere Datei.',
        'Wenn es sich um ein Foto oder ein eingescanntes Dokument handelt, speichern Sie es vorher in geringerer Qualität.',
      ],
      alternative: help.formal,
    },
  },
  RATE_LIMITED: {
    friendly: {
      title: 'Zu viele Versuche hintereinander',
      description: 'Damit der Dienst für alle funktioniert, haben wir den Zugriff von Ihrem Gerät kurz pausiert.',
      nextSteps: [`Warten Sie ${seconds}, dann können Sie es <link>noch einmal versuchen</link>.`],
      alternative: help.friendly,
      withoutValues: { nextSteps: ['Warten Sie einen Moment, dann können Sie es <link>noch einmal versuchen</link>.'] },
    },
    neutral: {
      title: 'Zu viele Versuche',
      description: 'Damit der Dienst für alle funktioniert, haben wir den Zugriff von Ihrem Gerät für kurze Zeit pausiert.',
      nextSteps: [`Warten Sie ${seconds}, dann können Sie es <link>erneut versuchen</link>.`],
      alternative: help.neutral,
      withoutValues: { nextSteps: ['Warten Sie einen Moment, dann können Sie es <link>erneut versuchen</link>.'] },
    },
    formal: {
      title: 'Zu viele Versuche in kurzer Zeit',
      description: 'Damit der Dienst für alle verfügbar bleibt, wurde der Zugriff von Ihrem Gerät für kurze Zeit pausiert.',
      nextSteps: [`Warten Sie ${seconds}, bevor Sie es <link>erneut versuchen</link>.`],
      alternative: help.formal,
      withoutValues: { nextSteps: ['Warten Sie einen Moment, bevor Sie es <link>erneut versuchen</link>.'] },
    },
  },
  QUOTA_EXCEEDED: {
    friendly: {
      title: 'Ihr Kontingent ist aufgebraucht',
      description: 'Ihr Konto hat das Limit für diesen Zeitraum erreicht. Alles, was Sie gespeichert haben, bleibt erhalten.',
      nextSteps: [
        'Warten Sie bis zum {retryAt, date, long}, um weiterzumachen.',
        'Wenn Sie vorher mehr brauchen, <link>wenden Sie sich an unseren Support</link>.',
      ],
      alternative: help.friendly,
      withoutValues: {
        nextSteps: [
          'Warten Sie, bis Ihr Kontingent erneuert wird, um weiterzumachen.',
          'Wenn Sie vorher mehr brauchen, <link>wenden Sie sich an unseren Support</link>.',
        ],
      },
    },
    neutral: {
      title: 'Nutzungslimit erreicht',
      description: 'Ihr Konto hat sein Kontingent für diesen Zeitraum aufgebraucht. Ihre gespeicherten Daten sind davon nicht betroffen.',
      nextSteps: [
        'Warten Sie bis zum {retryAt, date, long}, um fortzufahren.',
        '<link>Kontaktieren Sie den Support</link>, wenn Sie vorher ein höheres Limit brauchen.',
      ],
      alternative: help.neutral,
      withoutValues: {
        nextSteps: [
          'Warten Sie, bis Ihr Kontingent erneuert wird, um fortzufahren.',
          '<link>Kontaktieren Sie den Support</link>, wenn Sie vorher ein höheres Limit brauchen.',
        ],
      },
    },
    formal: {
      title: 'Ihr Nutzungslimit ist erreicht',
      description: 'Ihr Konto hat das gesamte Kontingent für den aktuellen Zeitraum aufgebraucht. Ihre gespeicherten Daten sind davon nicht betroffen.',
      nextSteps: [
        'Warten Sie bis zum {retryAt, date, long}, um fortzufahren.',
        'Wenn Sie vorher ein höheres Limit benötigen, <link>wenden Sie sich an unseren Support</link>.',
      ],
      alternative: help.formal,
      withoutValues: {
        nextSteps: [
          'Warten Sie, bis Ihr Kontingent erneuert wird, um fortzufahren.',
          'Wenn Sie vorher ein höheres Limit benötigen, <link>wenden Sie sich an unseren Support</link>.',
        ],
      },
    },
  },
  INTERNAL: {
    friendly: {
      title: 'Entschuldigung, da ist etwas schiefgelaufen',
      description: withAnswers('Das Problem liegt bei uns, nicht bei Ihnen.', saved.friendly),
      nextSteps: ['<link>Versuchen Sie es in ein paar Minuten noch einmal</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Es gibt leider ein Problem',
      description: withAnswers('Das Problem liegt bei uns.', saved.neutral),
      nextSteps: ['<link>Versuchen Sie es in ein paar Minuten erneut</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Es liegt ein Problem mit dem Dienst vor',
      description: withAnswers('Wir konnten diese Aktion wegen eines Problems auf unserer Seite nicht abschließen.', saved.formal),
      nextSteps: ['<link>Versuchen Sie es in einigen Minuten erneut</link>.'],
      alternative: help.formal,
    },
  },
  NOT_IMPLEMENTED: {
    friendly: {
      title: 'Das ist noch nicht fertig',
      description: 'Wir arbeiten noch an diesem Teil des Dienstes.',
      nextSteps: ['<link>Gehen Sie zur Startseite</link>, um zu sehen, was es schon gibt.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Das ist noch nicht verfügbar',
      description: 'Wir entwickeln diesen Teil des Dienstes noch.',
      nextSteps: ['<link>Gehen Sie zur Startseite</link>, um zu sehen, was jetzt verfügbar ist.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Diese Funktion ist noch nicht verfügbar',
      description: 'Dieser Teil des Dienstes befindet sich noch in Entwicklung.',
      nextSteps: ['<link>Kehren Sie zur Startseite zurück</link>, um die derzeit verfügbaren Angebote zu sehen.'],
      alternative: help.formal,
    },
  },
  DEPENDENCY_FAILED: {
    friendly: {
      title: 'Ein Dienst, den wir nutzen, funktioniert nicht',
      description: withAnswers('Diese Seite braucht einen anderen Dienst, und der hat nicht richtig geantwortet.', saved.friendly),
      nextSteps: ['<link>Versuchen Sie es in ein paar Minuten noch einmal</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Ein verbundener Dienst funktioniert nicht',
      description: withAnswers('Diese Seite hängt von einem anderen Dienst ab, der nicht richtig geantwortet hat.', saved.neutral),
      nextSteps: ['<link>Versuchen Sie es in ein paar Minuten erneut</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Bei einem verbundenen Dienst besteht ein Problem',
      description: withAnswers('Diese Seite ist auf einen anderen Dienst angewiesen, der nicht korrekt geantwortet hat.', saved.formal),
      nextSteps: ['<link>Versuchen Sie es in einigen Minuten erneut</link>.'],
      alternative: help.formal,
    },
  },
  SERVICE_UNAVAILABLE: {
    friendly: {
      title: 'Entschuldigung, der Dienst ist nicht verfügbar',
      description: withAnswers('Wir rechnen damit, dass er ab {availableAt, date, full}, {availableAt, time, short}\u00a0Uhr wieder läuft.', saved.friendly),
      nextSteps: ['Versuchen Sie es nach {availableAt, time, short}\u00a0Uhr noch einmal.', statusStep.friendly],
      alternative: help.friendly,
      withoutValues: {
        description: withAnswers('Wir arbeiten daran, dass er bald wieder läuft.', saved.friendly),
        nextSteps: ['Versuchen Sie es später noch einmal.', statusStep.friendly],
      },
    },
    neutral: {
      title: 'Der Dienst ist leider nicht verfügbar',
      description: withAnswers('Sie können ihn ab {availableAt, date, full}, {availableAt, time, short}\u00a0Uhr wieder nutzen.', saved.neutral),
      nextSteps: ['Versuchen Sie es nach {availableAt, time, short}\u00a0Uhr erneut.', statusStep.neutral],
      alternative: help.neutral,
      withoutValues: {
        description: withAnswers('Wir arbeiten daran, dass Sie ihn bald wieder nutzen können.', saved.neutral),
        nextSteps: ['Versuchen Sie es später erneut.', statusStep.neutral],
      },
    },
    formal: {
      title: 'Der Dienst ist nicht verfügbar',
      description: withAnswers(
        'Wir gehen davon aus, dass er ab {availableAt, date, full}, {availableAt, time, short}\u00a0Uhr wieder verfügbar ist.',
        saved.formal,
      ),
      nextSteps: ['Versuchen Sie es nach {availableAt, time, short}\u00a0Uhr erneut.', statusStep.formal],
      alternative: help.formal,
      withoutValues: {
        description: withAnswers('Wir arbeiten daran, dass er wieder zur Verfügung steht.', saved.formal),
        nextSteps: ['Versuchen Sie es später erneut.', statusStep.formal],
      },
    },
  },
  MAINTENANCE: {
    friendly: {
      title: 'Entschuldigung, der Dienst ist gerade offline',
      description:
        'Wir führen geplante Arbeiten am Dienst durch. Sie können ihn ab {availableAt, date, full}, {availableAt, time, short}\u00a0Uhr wieder nutzen.',
      nextSteps: ['Versuchen Sie es nach {availableAt, time, short}\u00a0Uhr noch einmal.', statusStep.friendly],
      alternative: help.friendly,
      withoutValues: {
        description: 'Wir führen geplante Arbeiten am Dienst durch. Sobald sie abgeschlossen sind, können Sie ihn wieder nutzen.',
        nextSteps: ['Versuchen Sie es später noch einmal.', statusStep.friendly],
      },
    },
    neutral: {
      title: 'Der Dienst ist leider vorübergehend offline',
      description:
        'Wir führen geplante Arbeiten am Dienst durch. Sie können ihn ab {availableAt, date, full}, {availableAt, time, short}\u00a0Uhr wieder nutzen.',
      nextSteps: ['Versuchen Sie es nach {availableAt, time, short}\u00a0Uhr erneut.', statusStep.neutral],
      alternative: help.neutral,
      withoutValues: {
        description: 'Wir führen geplante Arbeiten am Dienst durch. Sobald sie abgeschlossen sind, können Sie ihn wieder nutzen.',
        nextSteps: ['Versuchen Sie es später erneut.', statusStep.neutral],
      },
    },
    formal: {
      title: 'Der Dienst ist für geplante Arbeiten geschlossen',
      description: 'Sie können den Dienst ab {availableAt, date, full}, {availableAt, time, short}\u00a0Uhr wieder nutzen.',
      nextSteps: ['Rufen Sie diese Seite nach {availableAt, time, short}\u00a0Uhr erneut auf, um fortzufahren.', statusStep.formal],
      alternative: help.formal,
      withoutValues: {
        description: 'Sie können den Dienst wieder nutzen, sobald die Arbeiten abgeschlossen sind.',
        nextSteps: ['Rufen Sie diese Seite später erneut auf, um fortzufahren.', statusStep.formal],
      },
    },
  },
  UPSTREAM_TIMEOUT: {
    friendly: {
      title: 'Das dauert zu lange',
      description: withAnswers('Ein Dienst, auf den wir angewiesen sind, hat nicht rechtzeitig geantwortet.', saved.friendly),
      nextSteps: ['<link>Versuchen Sie es in ein paar Minuten noch einmal</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Der Dienst hat zu lange gebraucht',
      description: withAnswers('Ein anderer Dienst, von dem wir abhängen, hat nicht rechtzeitig geantwortet.', saved.neutral),
      nextSteps: ['<link>Versuchen Sie es in ein paar Minuten erneut</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'Die Antwort hat zu lange gedauert',
      description: withAnswers('Ein verbundener Dienst hat nicht rechtzeitig geantwortet.', saved.formal),
      nextSteps: ['<link>Versuchen Sie es in einigen Minuten erneut</link>.'],
      alternative: help.formal,
    },
  },
  DEGRADED: {
    friendly: {
      title: 'Die Ergebnisse sind eventuell nicht aktuell',
      description: 'Ein Teil des Dienstes funktioniert gerade nicht. Deshalb zeigen wir Ergebnisse, die um {since, time, short}\u00a0Uhr gespeichert wurden.',
      nextSteps: [statusStep.friendly],
      alternative: help.friendly,
      withoutValues: { description: 'Ein Teil des Dienstes funktioniert gerade nicht. Deshalb zeigen wir Ergebnisse, die früher gespeichert wurden.' },
    },
    neutral: {
      title: 'Die Ergebnisse sind möglicherweise veraltet',
      description: 'Ein Teil des Dienstes funktioniert nicht. Wir zeigen deshalb Ergebnisse, die um {since, time, short}\u00a0Uhr gespeichert wurden.',
      nextSteps: [statusStep.neutral],
      alternative: help.neutral,
      withoutValues: { description: 'Ein Teil des Dienstes funktioniert nicht. Wir zeigen deshalb früher gespeicherte Ergebnisse.' },
    },
    formal: {
      title: 'Die Ergebnisse sind möglicherweise nicht aktuell',
      description: 'Ein Teil des Dienstes funktioniert nicht. Die angezeigten Ergebnisse wurden um {since, time, short}\u00a0Uhr gespeichert.',
      nextSteps: [statusStep.formal],
      alternative: help.formal,
      withoutValues: { description: 'Ein Teil des Dienstes funktioniert nicht. Die angezeigten Ergebnisse wurden zu einem früheren Zeitpunkt gespeichert.' },
    },
  },
  READ_ONLY: {
    friendly: {
      title: 'Gerade können Sie nichts ändern',
      description: 'Tut uns leid, Änderungen sind kurz pausiert. Ansehen können Sie aber weiterhin alles.',
      nextSteps: ['Warten Sie einen Moment und versuchen Sie Ihre Änderungen dann noch einmal.', statusStep.friendly],
      alternative: help.friendly,
    },
    neutral: {
      title: 'Änderungen sind pausiert',
      description: 'Sie können alles ansehen, aber für kurze Zeit nichts ändern.',
      nextSteps: ['Versuchen Sie Ihre Änderungen später erneut.', statusStep.neutral],
      alternative: help.neutral,
    },
    formal: {
      title: 'Änderungen sind vorübergehend nicht möglich',
      description: 'Sie können alle Informationen ansehen, derzeit jedoch keine Änderungen vornehmen.',
      nextSteps: ['Versuchen Sie Ihre Änderungen später erneut.', statusStep.formal],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRING: {
    friendly: {
      title: 'Sie werden bald abgemeldet',
      description: `Damit Ihr Konto sicher bleibt, melden wir Sie in ${minutes} ab.`,
      nextSteps: ['Speichern Sie jetzt Ihre Arbeit.', '<link>Bleiben Sie angemeldet</link>, um weiterzuarbeiten.'],
      alternative: help.friendly,
      withoutValues: { description: 'Damit Ihr Konto sicher bleibt, melden wir Sie in Kürze ab.' },
    },
    neutral: {
      title: 'Sie werden bald abgemeldet',
      description: `Zu Ihrer Sicherheit melden wir Sie in ${minutes} ab.`,
      nextSteps: ['Speichern Sie jetzt Ihre Arbeit.', '<link>Bleiben Sie angemeldet</link>, um weiterzuarbeiten.'],
      alternative: help.neutral,
      withoutValues: { description: 'Zu Ihrer Sicherheit melden wir Sie in Kürze ab.' },
    },
    formal: {
      title: 'Ihre Sitzung endet bald',
      description: `Zu Ihrer Sicherheit werden Sie in ${minutes} abgemeldet.`,
      nextSteps: ['Speichern Sie jetzt Ihre Arbeit.', '<link>Bleiben Sie angemeldet</link>, um weiterzuarbeiten.'],
      alternative: help.formal,
      withoutValues: { description: 'Zu Ihrer Sicherheit werden Sie in Kürze abgemeldet.' },
    },
  },
};
