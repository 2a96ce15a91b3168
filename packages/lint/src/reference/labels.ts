// The error reference's own words, per locale: its headings, the names of its facts and its
// explanations. The facts' values (codes, statuses, taxonomy identifiers such as `client` or
// `go-back`) stay as they are: they are identifiers, the same in every language. The catalog's
// operator notes and "when" are written in the source locale and are shown as written.
import type { Tone } from '@errata/catalog';

export interface ReferenceLabels {
  readonly languageName: string;
  readonly allCodes: string;
  readonly indexTitle: string;
  readonly indexIntro: (tones: number, locales: string) => string;
  readonly otherLanguages: string;
  readonly columns: readonly [code: string, status: string, category: string, cause: string, severity: string, action: string, title: string];
  readonly facts: {
    readonly status: string;
    readonly category: string;
    readonly cause: string;
    readonly recoverability: string;
    readonly severity: string;
    readonly action: string;
    readonly causeKnown: string;
    readonly permanent: string;
    readonly transactional: string;
    readonly bannerTone: string;
    readonly placeholders: string;
  };
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly bannerNotice: string;
  readonly notice: string;
  readonly whenItHappens: string;
  readonly whatUserSees: string;
  /** `samples`: the placeholder values, or '' when the message has none. */
  readonly sampleIntro: (samples: string) => string;
  readonly sampleMoment: string;
  readonly tones: Readonly<Record<Tone, string>>;
  readonly defaultTone: string;
  readonly notRendered: string;
  /** The copy falls back: `shown` is the locale and tone whose copy is shown. */
  readonly fallback: (shown: string) => string;
  /** Introduces the copy shown when the error gives none of its values (`withoutValues`). */
  readonly withoutValues: string;
  readonly forPrograms: string;
  readonly forProgramsIntro: string;
  readonly whatOperatorDoes: string;
  readonly operatorNote: string;
  readonly operator: { readonly summary: string; readonly component: string; readonly remediation: string; readonly runbook: string };
  readonly descriptionPlaceholder: string;
}

const en: ReferenceLabels = {
  languageName: 'English',
  allCodes: 'All codes',
  indexTitle: 'Error reference',
  indexIntro: (tones, locales) =>
    `Every code in the catalog: what it means, what the user reads (in ${tones} tones) and what the operator does. Locales: ${locales}.`,
  otherLanguages: 'In other languages',
  columns: ['Code', 'Status', 'Category', 'Cause', 'Severity', 'User action', 'Title (neutral)'],
  facts: {
    status: 'HTTP status',
    category: 'Category',
    cause: 'Cause',
    recoverability: 'Recoverability',
    severity: 'Severity',
    action: 'User action',
    causeKnown: 'Cause known',
    permanent: 'Permanent',
    transactional: 'Transactional',
    bannerTone: 'Banner tone',
    placeholders: 'Placeholders',
  },
  yes: 'yes',
  no: 'no',
  none: 'none',
  bannerNotice: 'banner notice, not a request error',
  notice: 'notice',
  whenItHappens: 'When it happens',
  whatUserSees: 'What the user sees',
  sampleIntro: (samples) =>
    `English, rendered with sample values${samples ? ` (${samples})` : ''}. A link shows the key the server maps to a configured URL, e.g. (link: \`support\`).`,
  sampleMoment: '7 December 2026, 09:00 local time',
  tones: { friendly: 'Friendly', neutral: 'Neutral', formal: 'Formal' },
  defaultTone: 'default',
  notRendered: '_This tone could not be rendered._',
  fallback: (shown) => `_Not written in this language and tone: the page shows the ${shown} copy._`,
  withoutValues: '_Thrown without its values (no time known), the page says instead:_',
  forPrograms: 'For programs',
  forProgramsIntro:
    'An `application/problem+json` response (RFC 9457). With the server option `referenceBaseUrl` set, `type` links to this page; without it, `type` is `about:blank`.',
  whatOperatorDoes: 'What the operator does',
  operatorNote: '',
  operator: { summary: 'Summary', component: 'Component', remediation: 'Remediation', runbook: 'Runbook' },
  descriptionPlaceholder: '<the description, as plain text>',
};

const es: ReferenceLabels = {
  languageName: 'Español',
  allCodes: 'Todos los códigos',
  indexTitle: 'Referencia de errores',
  indexIntro: (tones, locales) =>
    `Todos los códigos del catálogo: qué significan, qué lee el usuario (en ${tones} tonos) y qué hace el equipo de operaciones. Idiomas: ${locales}.`,
  otherLanguages: 'En otros idiomas',
  columns: ['Código', 'Estado', 'Categoría', 'Causa', 'Gravedad', 'Acción del usuario', 'Título (neutral)'],
  facts: {
    status: 'Estado HTTP',
    category: 'Categoría',
    cause: 'Causa',
    recoverability: 'Recuperación',
    severity: 'Gravedad',
    action: 'Acción del usuario',
    causeKnown: 'Causa conocida',
    permanent: 'Permanente',
    transactional: 'Transaccional',
    bannerTone: 'Tono del aviso',
    placeholders: 'Variables',
  },
  yes: 'sí',
  no: 'no',
  none: 'ninguna',
  bannerNotice: 'aviso en un banner, no un error de la solicitud',
  notice: 'aviso',
  whenItHappens: 'Cuándo ocurre',
  whatUserSees: 'Qué ve el usuario',
  sampleIntro: (samples) =>
    `En español, con valores de ejemplo${samples ? ` (${samples})` : ''}. Un enlace muestra la clave que el servidor asigna a una URL configurada, p. ej. (link: \`support\`).`,
  sampleMoment: '7 de diciembre de 2026, 09:00 hora local',
  tones: { friendly: 'Cercano', neutral: 'Neutral', formal: 'Formal' },
  defaultTone: 'predeterminado',
  notRendered: '_Este tono no se pudo mostrar._',
  fallback: (shown) => `_No está escrito en este idioma y tono: la página muestra el texto ${shown}._`,
  withoutValues: '_Si el error llega sin sus valores (sin hora conocida), la página dice en su lugar:_',
  forPrograms: 'Para programas',
  forProgramsIntro:
    'Una respuesta `application/problem+json` (RFC 9457). Con la opción del servidor `referenceBaseUrl`, `type` enlaza con esta página; sin ella, `type` es `about:blank`.',
  whatOperatorDoes: 'Qué hace el equipo de operaciones',
  operatorNote: 'Las notas de operaciones están escritas en inglés, como en el catálogo.',
  operator: { summary: 'Resumen', component: 'Componente', remediation: 'Solución', runbook: 'Procedimiento' },
  descriptionPlaceholder: '<la descripción, como texto sin formato>',
};

const de: ReferenceLabels = {
  languageName: 'Deutsch',
  allCodes: 'Alle Codes',
  indexTitle: 'Fehlerreferenz',
  indexIntro: (tones, locales) =>
    `Alle Codes des Katalogs: was sie bedeuten, was Nutzerinnen und Nutzer lesen (in ${tones} Tonalitäten) und was der Betrieb tut. Sprachen: ${locales}.`,
  otherLanguages: 'In anderen Sprachen',
  columns: ['Code', 'Status', 'Kategorie', 'Ursache', 'Schweregrad', 'Aktion', 'Titel (neutral)'],
  facts: {
    status: 'HTTP-Status',
    category: 'Kategorie',
    cause: 'Ursache',
    recoverability: 'Behebbarkeit',
    severity: 'Schweregrad',
    action: 'Aktion',
    causeKnown: 'Ursache bekannt',
    permanent: 'Dauerhaft',
    transactional: 'Transaktional',
    bannerTone: 'Banner-Ton',
    placeholders: 'Platzhalter',
  },
  yes: 'ja',
  no: 'nein',
  none: 'keine',
  bannerNotice: 'Hinweis im Banner, kein Fehler der Anfrage',
  notice: 'Hinweis',
  whenItHappens: 'Wann es auftritt',
  whatUserSees: 'Was Nutzer sehen',
  sampleIntro: (samples) =>
    `Auf Deutsch, mit Beispielwerten${samples ? ` (${samples})` : ''}. Ein Link zeigt den Schlüssel, den der Server einer konfigurierten URL zuordnet, z. B. (link: \`support\`).`,
  sampleMoment: '7. Dezember 2026, 09:00 Uhr Ortszeit',
  tones: { friendly: 'Freundlich', neutral: 'Neutral', formal: 'Förmlich' },
  defaultTone: 'Standard',
  notRendered: '_Diese Tonalität ließ sich nicht darstellen._',
  fallback: (shown) => `_In dieser Sprache und Tonalität nicht geschrieben: Die Seite zeigt den Text ${shown}._`,
  withoutValues: '_Kommt der Fehler ohne seine Werte (keine Uhrzeit bekannt), zeigt die Seite stattdessen:_',
  forPrograms: 'Für Programme',
  forProgramsIntro:
    'Eine `application/problem+json`-Antwort (RFC 9457). Mit der Serveroption `referenceBaseUrl` verweist `type` auf diese Seite; ohne sie ist `type` `about:blank`.',
  whatOperatorDoes: 'Was der Betrieb tut',
  operatorNote: 'Die Hinweise für den Betrieb sind, wie im Katalog, auf Englisch.',
  operator: { summary: 'Zusammenfassung', component: 'Komponente', remediation: 'Behebung', runbook: 'Runbook' },
  descriptionPlaceholder: '<die Beschreibung als reiner Text>',
};

const ar: ReferenceLabels = {
  languageName: 'العربية',
  allCodes: 'كل الرموز',
  indexTitle: 'مرجع الأخطاء',
  indexIntro: (tones, locales) => `كل رموز الكتالوج: ما تعنيه، وما يقرؤه المستخدم (بـ ${tones} نبرات)، وما يفعله فريق التشغيل. اللغات: ${locales}.`,
  otherLanguages: 'بلغات أخرى',
  columns: ['الرمز', 'الحالة', 'الفئة', 'السبب', 'الخطورة', 'إجراء المستخدم', 'العنوان (محايد)'],
  facts: {
    status: 'حالة HTTP',
    category: 'الفئة',
    cause: 'السبب',
    recoverability: 'قابلية التعافي',
    severity: 'الخطورة',
    action: 'إجراء المستخدم',
    causeKnown: 'السبب معروف',
    permanent: 'دائم',
    transactional: 'أثناء معاملة',
    bannerTone: 'نبرة الشريط',
    placeholders: 'المتغيرات',
  },
  yes: 'نعم',
  no: 'لا',
  none: 'لا يوجد',
  bannerNotice: 'تنبيه في شريط، وليس خطأ في الطلب',
  notice: 'تنبيه',
  whenItHappens: 'متى يحدث',
  whatUserSees: 'ما يراه المستخدم',
  sampleIntro: (samples) =>
    `بالعربية، مع قيم توضيحية${samples ? ` (${samples})` : ''}. يظهر الرابط بالمفتاح الذي يربطه الخادم بعنوان URL مُعدّ، مثل (link: \`support\`).`,
  sampleMoment: '7 ديسمبر 2026، الساعة 09:00 بالتوقيت المحلي',
  tones: { friendly: 'ودود', neutral: 'محايد', formal: 'رسمي' },
  defaultTone: 'الافتراضية',
  notRendered: '_تعذّر عرض هذه النبرة._',
  fallback: (shown) => `_لم يُكتب بهذه اللغة وهذه النبرة: تعرض الصفحة النص ${shown}._`,
  withoutValues: '_إذا وصل الخطأ دون قيمه (دون وقت معروف)، تعرض الصفحة بدلًا من ذلك:_',
  forPrograms: 'للبرامج',
  forProgramsIntro:
    'استجابة `application/problem+json` (RFC 9457). عند ضبط خيار الخادم `referenceBaseUrl` يشير `type` إلى هذه الصفحة؛ ودونه تكون قيمة `type` هي `about:blank`.',
  whatOperatorDoes: 'ما يفعله فريق التشغيل',
  operatorNote: 'ملاحظات التشغيل مكتوبة بالإنجليزية كما في الكتالوج.',
  operator: { summary: 'الملخص', component: 'المكوّن', remediation: 'المعالجة', runbook: 'دليل التشغيل' },
  descriptionPlaceholder: '<الوصف نصًا عاديًا>',
};

const byLocale: Readonly<Record<string, ReferenceLabels>> = { en, es, de, ar };

/**
 * The reference's words for a locale: its own, its base language's, or English. The sample
 * introduction then says which language the copy is in, by the locale's own name.
 */
export function referenceLabels(locale: string): ReferenceLabels {
  const own = byLocale[locale] ?? byLocale[locale.split('-')[0] ?? ''];
  if (own) return own;
  let name = locale;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // An odd tag keeps its own spelling.
  }
  return { ...en, languageName: name, sampleIntro: (samples) => en.sampleIntro(samples).replace(/^English/, `${name} (${locale})`) };
}
