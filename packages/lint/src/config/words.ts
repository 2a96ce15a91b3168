// Word lists per locale, for designers to edit. Terms are plain words or phrases, matched
// case-insensitively on whole words; a trailing `*` matches any word ending (`dein*`).
// A locale without a list simply skips that check.

export interface LocaleWords {
  /** TN-01 error: reason phrases and technical terms users should never see. */
  readonly jargon: readonly string[];
  /** TN-01 warning: technical nouns (server, API, cache…). */
  readonly technicalNouns: readonly string[];
  /** TN-03 error. */
  readonly harshError: readonly string[];
  /** TN-03 warning (dramatic and alarm words). */
  readonly harshWarning: readonly string[];
  /** TN-04 interjections and jokes. */
  readonly humour: readonly string[];
  /**
   * TN-04 words that are also ordinary words (es "vaya" is "¡vaya!" and the usted imperative of
   * "ir"): reported only where they stand as an interjection, see `interjectionAt` in rules/tone.ts.
   */
  readonly humourInterjections: readonly string[];
  /** TN-05 apology words; `inconvenience` phrases separately. */
  readonly apology: readonly string[];
  readonly inconvenience: readonly string[];
  /** TN-06. */
  readonly please: readonly string[];
  /** TN-07 warning; `vagueError` are errors; `somethingWrong` is allowed when the cause is unknown. */
  readonly vague: readonly string[];
  readonly vagueError: readonly string[];
  readonly somethingWrong: readonly string[];
  /** TN-08. */
  readonly condescending: readonly string[];
  /** ST-02: words that start an instruction. */
  readonly imperatives: readonly string[];
  /** ST-03: words that tell the user what happened to their input. */
  readonly inputStatus: readonly string[];
  /** ST-05: words that carry no content. */
  readonly stopwords: readonly string[];
  /** TN-09: informal second-person forms in T–V languages. */
  readonly informalPronouns: readonly string[];
  /** TN-09: formal second-person forms (reported when the friendly tone should be informal: not used). */
  readonly formalPronouns: readonly string[];
  /** Expected text expansion against English for character-based length limits. */
  readonly expansion: number;
}

const none: readonly string[] = [];

const en: LocaleWords = {
  jargon: [
    'bad request', 'internal server error', 'service unavailable', 'gateway', 'bad gateway', 'gateway timeout',
    'error code', 'status code', 'exception', 'null', 'undefined', 'stack trace', 'stacktrace', 'http', 'https',
    'unauthorized', 'payload', 'timeout error', 'errno', 'segfault',
  ],
  technicalNouns: ['server', 'servers', 'api', 'cache', 'cached', 'token', 'tokens', 'throttled', 'throttling', 'endpoint', 'backend', 'upstream', 'database', 'query', 'request id', 'latency'],
  harshError: ['invalid', 'illegal', 'forbidden', 'fatal'],
  harshWarning: [
    'valid', 'prohibited', 'catastrophic', 'abort', 'aborted', 'kill', 'killed', 'terminate', 'terminated',
    'denied', 'rejected', 'violation', 'failure', 'alert', 'immediately', 'urgent', 'warning', 'crash', 'crashed',
  ],
  humour: ['oops', 'whoops', 'uh-oh', 'uh oh', 'yikes', 'oh no', "d'oh", 'doh', 'aw snap', 'hmm', 'hmmm', 'ouch', 'our bad', 'whoa', 'eek', 'darn'],
  humourInterjections: none,
  apology: ['sorry', 'apologise', 'apologize', 'apologies', 'apologised', 'apologized', 'regret', 'regrets'],
  inconvenience: ['inconvenience', 'inconveniences'],
  please: ['please'],
  vague: [
    'maintenance', 'improvements', 'an error occurred', 'an error has occurred', 'error occurred', 'unexpected error',
    'unknown error', 'for some reason', 'a problem occurred', 'an issue occurred',
  ],
  vagueError: ['technical difficulties', 'technical difficulty', 'technical issues'],
  somethingWrong: ['something went wrong', 'something has gone wrong'],
  condescending: ['simply', 'just', 'easy', 'easily', 'obviously', 'of course', 'clearly', 'basically', 'actually', 'merely', 'straightforward'],
  imperatives: [
    'try', 'wait', 'check', 'go', 'return', 'refresh', 'reload', 'sign', 'log', 'contact', 'call', 'use', 'start', 'enter',
    're-enter', 'change', 'choose', 'select', 'ask', 'visit', 'open', 'close', 'save', 'copy', 'send', 'email', 'reduce',
    'remove', 'upload', 'make', 'keep', 'come', 'see', 'read', 'find', 'follow', 'review', 'update', 'upgrade', 'add',
    'type', 'fill', 'correct', 'edit', 'resubmit', 'submit', 'continue', 'look', 'get', 'give', 'tell', 'quote', 'note',
    'include', 'split', 'compress', 'shorten', 'retry', 'reconnect', 'restart', 'switch', 'finish', 'complete', 'download', 'write', 'buy', 'stay',
  ],
  inputStatus: ['saved', 'kept', 'not lost', 'lost', 'safe', 'not been sent', 'not sent', 'was sent', 'has been sent', 'not been saved', 'not saved', 'went through', 'not charged', 'charged', 'no changes', 'unchanged', 'not changed', 'is still there', 'are still there'],
  stopwords: [
    'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'are', 'was',
    'were', 'be', 'been', 'has', 'have', 'had', 'this', 'that', 'it', 'its', 'we', 'you', 'your', 'our', 'us', 'not',
    "can't", 'cannot', 'could', 'can', 'do', 'does', 'did', "don't", "isn't", 'no', 'yet', 'now', 'so', 'too', 'sorry', 'there',
    'please', 'will', 'may', 'might', 'some', 'any', 'all', 'more', 'here', 'than', 'as', 'if', 'while', 'again', 'still',
  ],
  informalPronouns: none,
  formalPronouns: none,
  expansion: 1,
};

const es: LocaleWords = {
  jargon: ['solicitud incorrecta', 'error interno del servidor', 'error interno', 'pasarela', 'gateway', 'código de error', 'código de estado', 'excepción', 'null', 'nulo', 'traza', 'stack trace', 'http', 'https', 'payload'],
  technicalNouns: ['servidor', 'servidores', 'api', 'caché', 'token', 'tokens', 'endpoint', 'backend', 'base de datos'],
  harshError: ['inválido', 'inválida', 'inválidos', 'inválidas', 'ilegal', 'prohibido', 'prohibida', 'fatal'],
  harshWarning: ['válido', 'válida', 'catastrófico', 'abortar', 'abortado', 'terminado', 'denegado', 'denegada', 'rechazado', 'rechazada', 'violación', 'fallo', 'alerta', 'inmediatamente', 'urgente', 'advertencia'],
  humour: ['ups', 'uy', 'ay', 'vaya por dios', 'huy', 'jaja', 'uf'],
  humourInterjections: ['vaya'],
  apology: ['lo sentimos', 'lo siento', 'disculpa', 'disculpe', 'disculpas', 'disculpen', 'sentimos', 'lamentamos', 'perdón', 'perdone', 'perdona'],
  inconvenience: ['inconveniente', 'inconvenientes', 'molestias'],
  please: ['por favor'],
  vague: ['mantenimiento', 'mejoras', 'se ha producido un error', 'se produjo un error', 'ocurrió un error', 'error inesperado', 'error desconocido', 'por algún motivo', 'por alguna razón'],
  vagueError: ['dificultades técnicas', 'problemas técnicos'],
  somethingWrong: ['algo salió mal', 'algo ha salido mal', 'algo falló', 'ha habido un problema'],
  condescending: ['simplemente', 'obviamente', 'claramente', 'fácil', 'fácilmente', 'por supuesto', 'básicamente', 'sencillamente'],
  imperatives: ['inténtelo', 'intente', 'inténtalo', 'intenta', 'vuelva', 'vuelve', 'espere', 'espera', 'compruebe', 'comprueba', 'revise', 'revisa', 'inicie', 'inicia', 'contacte', 'contacta', 'póngase', 'ponte', 'use', 'usa', 'utilice', 'utiliza', 'acceda', 'accede', 'vaya', 've', 'regrese', 'regresa', 'actualice', 'actualiza', 'recargue', 'recarga', 'seleccione', 'selecciona', 'elija', 'elige', 'introduzca', 'introduce', 'escriba', 'escribe', 'escríbanos', 'escríbenos', 'reduzca', 'reduce', 'suba', 'sube', 'guarde', 'guarda', 'copie', 'copia', 'consulte', 'consulta', 'pida', 'pide', 'solicite', 'solicita', 'llame', 'llama', 'llámenos', 'llámanos', 'visite', 'visita', 'abra', 'abre', 'cierre', 'cierra', 'corrija', 'corrige', 'añada', 'añade', 'mejore', 'mejora', 'amplíe', 'amplía', 'cambie', 'cambia', 'envíe', 'envía', 'divida', 'divide', 'comprima', 'comprime', 'termine', 'termina', 'continúe', 'continúa', 'siga', 'sigue', 'mantenga', 'mantén', 'permanezca', 'quédese', 'quédate', 'descargue', 'descarga', 'vuelve', 'cite', 'indique', 'indica', 'conecte', 'conecta', 'reintente', 'reintenta'],
  inputStatus: ['guardado', 'guardados', 'guardada', 'guardadas', 'guardamos', 'perdido', 'perdidos', 'perdida', 'no se ha enviado', 'no se envió', 'se ha enviado', 'sin cambios', 'no se ha cobrado', 'intacto', 'intactos', 'a salvo', 'conservado', 'conservados', 'conservamos'],
  stopwords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'y', 'o', 'a', 'en', 'con', 'por', 'para', 'que', 'es', 'no', 'su', 'sus', 'tu', 'tus', 'se', 'lo', 'le', 'al', 'esta', 'este', 'hemos', 'ha', 'han', 'puede', 'podemos', 'pudimos', 'usted', 'ya', 'más'],
  informalPronouns: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo'],
  formalPronouns: ['usted', 'ustedes'],
  expansion: 1.25,
};

const de: LocaleWords = {
  jargon: ['bad request', 'interner serverfehler', 'gateway', 'fehlercode', 'statuscode', 'exception', 'ausnahme', 'null', 'stacktrace', 'stack trace', 'http', 'https', 'payload'],
  technicalNouns: ['server', 'api', 'cache', 'token', 'tokens', 'endpunkt', 'endpoint', 'backend', 'datenbank'],
  harshError: ['ungültig', 'ungültige', 'ungültigen', 'ungültiger', 'ungültiges', 'illegal', 'verboten', 'fatal'],
  harshWarning: ['gültig', 'gültige', 'katastrophal', 'abbruch', 'abgebrochen', 'verweigert', 'abgelehnt', 'verstoß', 'warnung', 'alarm', 'sofort', 'dringend'],
  humour: ['hoppla', 'huch', 'ups', 'oje', 'ojemine', 'autsch', 'hmm'],
  humourInterjections: none,
  apology: ['entschuldigung', 'entschuldigen', 'entschuldige', 'bedauern', 'bedaure', 'tut uns leid', 'tut mir leid'],
  inconvenience: ['unannehmlichkeiten', 'umstände'],
  please: ['bitte'],
  vague: ['wartungsarbeiten', 'wartung', 'verbesserungen', 'ein fehler ist aufgetreten', 'es ist ein fehler aufgetreten', 'unerwarteter fehler', 'unbekannter fehler', 'aus irgendeinem grund'],
  vagueError: ['technische schwierigkeiten', 'technische probleme'],
  somethingWrong: ['etwas ist schiefgelaufen', 'da ist etwas schiefgelaufen', 'es ist etwas schiefgelaufen'],
  condescending: ['einfach', 'offensichtlich', 'natürlich', 'selbstverständlich', 'eigentlich', 'bloß'],
  imperatives: ['versuchen', 'versuche', 'warten', 'warte', 'prüfen', 'prüfe', 'überprüfen', 'überprüfe', 'gehen', 'geh', 'gehe', 'kehren', 'kehre', 'laden', 'lade', 'melden', 'melde', 'kontaktieren', 'kontaktiere', 'wenden', 'wende', 'rufen', 'ruf', 'rufe', 'nutzen', 'nutze', 'verwenden', 'verwende', 'starten', 'starte', 'geben', 'gib', 'wählen', 'wähle', 'öffnen', 'öffne', 'schließen', 'schließe', 'speichern', 'speichere', 'kopieren', 'kopiere', 'senden', 'sende', 'schicken', 'schicke', 'schreiben', 'schreib', 'schreibe', 'reduzieren', 'reduziere', 'verkleinern', 'verkleinere', 'entfernen', 'entferne', 'aktualisieren', 'aktualisiere', 'ändern', 'ändere', 'korrigieren', 'korrigiere', 'fügen', 'füge', 'teilen', 'teile', 'komprimieren', 'komprimiere', 'kommen', 'komm', 'komme', 'sehen', 'sieh', 'lesen', 'lies', 'folgen', 'folge', 'bleiben', 'bleib', 'bleibe', 'schauen', 'schau', 'besuchen', 'besuche', 'fragen', 'frag', 'frage', 'bitten', 'nennen', 'nenne', 'upgraden', 'wechseln', 'wechsle', 'rüsten', 'rüste', 'stellen', 'stelle', 'erweitern', 'erweitere', 'beenden', 'beende', 'setzen', 'setze', 'sichern', 'sichere', 'laden', 'tippen', 'tippe', 'klicken', 'klicke', 'überarbeiten', 'überarbeite'],
  inputStatus: ['gespeichert', 'gesichert', 'verloren', 'nicht gesendet', 'nicht übermittelt', 'übermittelt', 'keine änderungen', 'nicht belastet', 'bleiben erhalten', 'bleibt erhalten', 'erhalten'],
  stopwords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'zu', 'in', 'im', 'an', 'am', 'auf', 'für', 'mit', 'von', 'ist', 'sind', 'war', 'wurde', 'nicht', 'wir', 'sie', 'ihr', 'ihre', 'ihren', 'du', 'dein', 'deine', 'es', 'noch', 'kein', 'keine', 'leider', 'bitte', 'konnte', 'können', 'kann'],
  informalPronouns: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure'],
  formalPronouns: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
  expansion: 1.35,
};

const ar: LocaleWords = {
  jargon: ['http', 'https', 'null', 'exception', 'رمز الخطأ', 'رمز الحالة', 'استثناء', 'بوابة'],
  technicalNouns: ['الخادم', 'خادم', 'الخوادم', 'api', 'ذاكرة التخزين المؤقت', 'رمز مميز', 'token'],
  harshError: ['غير صالح', 'غير صالحة', 'غير قانوني', 'محظور', 'ممنوع', 'قاتل'],
  harshWarning: ['مرفوض', 'مرفوضة', 'انتهاك', 'فشل ذريع', 'تحذير', 'عاجل', 'فورًا', 'فورا'],
  humour: ['أوه', 'أوبس', 'هههه'],
  humourInterjections: none,
  apology: ['عذرًا', 'عذرا', 'نعتذر', 'آسفون', 'نأسف', 'معذرة', 'اعتذار', 'آسف'],
  inconvenience: ['الإزعاج', 'إزعاج'],
  please: ['من فضلك', 'رجاءً', 'رجاء'],
  vague: ['صيانة', 'الصيانة', 'تحسينات', 'حدث خطأ', 'خطأ غير متوقع', 'خطأ غير معروف', 'لسبب ما'],
  vagueError: ['صعوبات فنية', 'مشكلات فنية', 'مشاكل فنية', 'صعوبات تقنية', 'مشكلات تقنية'],
  somethingWrong: ['حدث خطأ ما', 'حدثت مشكلة ما'],
  condescending: ['ببساطة', 'بوضوح', 'بالطبع', 'طبعًا', 'سهل', 'بسهولة'],
  imperatives: ['حاول', 'حاولي', 'انتظر', 'انتظري', 'تحقق', 'تحققي', 'تأكد', 'تأكدي', 'عد', 'عودي', 'ارجع', 'ارجعي', 'أعد', 'أعيدي', 'سجل', 'سجّل', 'سجلي', 'تواصل', 'تواصلي', 'اتصل', 'اتصلي', 'استخدم', 'استخدمي', 'ابدأ', 'ابدئي', 'أدخل', 'أدخلي', 'اختر', 'اختاري', 'راجع', 'راجعي', 'حدّث', 'حدث', 'حدثي', 'افتح', 'افتحي', 'احفظ', 'احفظي', 'انسخ', 'انسخي', 'أرسل', 'أرسلي', 'قلل', 'قلّل', 'قلّلي', 'صغّر', 'صغر', 'اذهب', 'اذهبي', 'انتقل', 'انتقلي', 'يرجى', 'يُرجى', 'الرجاء', 'رجاءً', 'اطلب', 'اطلبي', 'قم', 'قومي', 'اطّلع', 'اطلع', 'زر', 'زوري', 'ترقية', 'رقّ', 'أكمل', 'أكملي', 'تابع', 'تابعي', 'ابق', 'ابقَ', 'صحح', 'صحّح', 'عدّل', 'عدل', 'أضف', 'أضيفي', 'قسّم', 'قسم', 'اضغط', 'اضغطي', 'اكتب', 'اكتبي', 'اذكر', 'اذكري', 'أعِد'],
  inputStatus: ['حفظ', 'حفظنا', 'محفوظة', 'محفوظ', 'لم تُفقد', 'لم يُفقد', 'لم نرسل', 'لم يُرسل', 'لم تُرسل', 'لم تتغير', 'لم يتغير'],
  stopwords: ['في', 'من', 'إلى', 'على', 'عن', 'مع', 'و', 'أو', 'هذا', 'هذه', 'التي', 'الذي', 'لا', 'لم', 'لن', 'قد', 'ما', 'أن', 'إن', 'نحن', 'أنت', 'عذرًا'],
  informalPronouns: none,
  formalPronouns: none,
  expansion: 1,
};

const fr: LocaleWords = {
  ...en,
  jargon: ['requête incorrecte', 'erreur interne du serveur', 'passerelle', "code d'erreur", 'code de statut', 'exception', 'null', 'http', 'https'],
  technicalNouns: ['serveur', 'serveurs', 'api', 'cache', 'jeton', 'token', 'endpoint', 'backend'],
  harshError: ['invalide', 'invalides', 'illégal', 'illégale', 'interdit', 'interdite', 'fatal', 'fatale'],
  harshWarning: ['valide', 'refusé', 'refusée', 'rejeté', 'rejetée', 'violation', 'échec', 'alerte', 'immédiatement', 'urgent'],
  humour: ['oups', 'aïe', 'zut', 'mince'],
  humourInterjections: none,
  apology: ['désolé', 'désolés', 'excusez', 'excuses', 'regrettons', 'pardon'],
  inconvenience: ['désagrément', 'désagréments', 'gêne occasionnée'],
  please: ['veuillez', "s'il vous plaît", "s'il te plaît"],
  vague: ['maintenance', 'améliorations', 'une erreur est survenue', "une erreur s'est produite", 'erreur inattendue', 'erreur inconnue', 'pour une raison quelconque'],
  vagueError: ['difficultés techniques', 'problèmes techniques'],
  somethingWrong: ["quelque chose s'est mal passé", 'un problème est survenu'],
  condescending: ['simplement', 'évidemment', 'bien sûr', 'clairement', 'facile', 'facilement', 'juste'],
  imperatives: none,
  inputStatus: ['enregistré', 'enregistrées', 'enregistrés', 'sauvegardé', 'perdu', 'perdues', 'conservé', 'conservées'],
  stopwords: ['le', 'la', 'les', 'un', 'une', 'de', 'des', 'du', 'et', 'ou', 'à', 'en', 'avec', 'pour', 'par', 'que', 'est', 'pas', 'ne', 'votre', 'vos', 'nous', 'vous'],
  informalPronouns: ['tu', 'toi', 'ton', 'ta', 'tes'],
  formalPronouns: ['vous', 'votre', 'vos'],
  expansion: 1.25,
};

export const localeWords: Readonly<Record<string, LocaleWords>> = { en, es, de, ar, fr };

/** Words of the base language, or an empty list set for a language we have no lists for. */
export function wordsFor(locale: string): LocaleWords | undefined {
  return localeWords[locale] ?? localeWords[locale.split('-')[0]!.toLowerCase()];
}

/** ALL-CAPS words that are not shouting (MC-01). */
export const acronyms: readonly string[] = ['URL', 'PIN', 'ID', 'PDF', 'FAQ', 'CSV', 'SMS', 'USB', 'VAT', 'IBAN', 'BIC', 'UTC', 'GMT', 'CET', 'MB', 'GB', 'KB', 'TB', 'AM', 'PM', 'OK', 'IP', 'VPN', 'NHS', 'GOV.UK', 'MFA', 'DNI', 'NIE', 'USt', 'API', 'HTTP', 'HTTPS'];

/** Capitalised words allowed after the first word of a title (MC-02). */
export const properNouns: readonly string[] = ['I', 'Acme', 'Monday', 'Errata', 'Google', 'Apple', 'Microsoft', 'GitHub'];

/** Words retext-simplify flags that are the plainest word for the job in error copy (RD-02). */
export const plainWordIgnore: readonly string[] = ['request', 'it is', 'there are', 'there is', 'however', 'additional', 'require', 'required', 'requires', 'provide', 'contact', 'function', 'type', 'submit', 'option', 'expiration', 'maximum', 'minimum', 'limit', 'limits', 'previous', 'address', 'delete', 'deleted'];
