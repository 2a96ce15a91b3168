// Arabic (Modern Standard Arabic) copy for every built-in code, written from the English source to
// the same tone guide rather than translated word for word. The person is addressed in the
// masculine singular, the usual default of Arabic interfaces. Tones differ in register: friendly
// speaks as "we" and may ask a question in the help line; neutral is plain and has no "please";
// formal prefers nominal, institutional phrasing (عُد، أعد المحاولة، يمكنك) with no questions, and
// uses يُرجى (the institutional "please") at most once, only where the person has to wait.
// Plurals list all six Arabic categories; "one" and "two" spell the number out (ثانية واحدة،
// ثانيتين) as Arabic does, and "zero" says "a moment" because "0 seconds" reads as a glitch.
// Maintenance is never called صيانة (a vague word in the tone guide): it is planned work.
import type { MessageSet, Tone } from '../../types.js';
import type { BuiltinCode } from '../entries.js';
import { withAnswers } from './answers.js';

const help = {
  friendly: 'هل تحتاج إلى مساعدة؟ <link>تواصل مع الدعم</link>.',
  neutral: '<link>تواصل مع الدعم</link> إذا احتجت إلى مساعدة.',
  formal: 'يمكنك <link>التواصل مع فريق الدعم</link> إذا احتجت إلى مساعدة.',
} as const;

const statusStep = '<link>تحقّق من حالة الخدمة</link> للاطلاع على آخر المستجدات.';

const saved = {
  friendly: { yes: 'لقد حفظنا إجاباتك.', no: 'لم نتمكّن من حفظ إجاباتك.' },
  neutral: { yes: 'تم حفظ إجاباتك.', no: 'لم تُحفظ إجاباتك.' },
  formal: { yes: 'تم حفظ إجاباتك.', no: 'لم تُحفظ إجاباتك.' },
} as const;

const seconds = '{retryAfterSeconds, plural, zero {لحظة} one {ثانية واحدة} two {ثانيتين} few {#\u00a0ثوانٍ} many {#\u00a0ثانية} other {#\u00a0ثانية}}';

const minutes =
  '{minutes, plural, zero {خلال لحظات} one {بعد دقيقة واحدة} two {بعد دقيقتين} few {بعد #\u00a0دقائق} many {بعد #\u00a0دقيقة} other {بعد #\u00a0دقيقة}}';

export const ar: Record<BuiltinCode, Record<Tone, MessageSet>> = {
  BAD_REQUEST: {
    friendly: {
      title: 'لم نتمكّن من قراءة ما وصلنا',
      description: 'أرسل الرابط أو النموذج الذي استخدمته بيانات تعذّر علينا فهمها. يحدث هذا غالبًا بسبب رابط معطّل أو قديم.',
      nextSteps: ['<link>ارجع إلى الصفحة السابقة</link> وحاول مجددًا.', 'إذا استخدمت إشارة مرجعية، فابدأ من جديد من الصفحة الرئيسية.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'تعذّرت قراءة البيانات المرسلة',
      description: 'أرسل الرابط أو النموذج الذي استخدمته بيانات لا يمكننا فهمها. يحدث هذا عادةً بسبب رابط معطّل أو قديم.',
      nextSteps: ['<link>ارجع إلى الصفحة السابقة</link> وحاول مرة أخرى.', 'إذا استخدمت إشارة مرجعية، فابدأ من الصفحة الرئيسية.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'تعذّر فتح هذه الصفحة',
      description: 'تضمّن الرابط أو النموذج المستخدم بيانات يتعذّر علينا تفسيرها. وكثيرًا ما يحدث ذلك بسبب روابط معطّلة أو قديمة.',
      nextSteps: ['<link>عُد إلى الصفحة السابقة</link> وأعد المحاولة.', 'إذا كنت قد استخدمت إشارة مرجعية، فابدأ من الصفحة الرئيسية.'],
      alternative: help.formal,
    },
  },
  VALIDATION_FAILED: {
    friendly: {
      title: 'بعض البيانات تحتاج إلى مراجعة',
      description: 'بعض المعلومات المرسلة ليست بصيغة يمكننا استخدامها. لم يُحفظ أي شيء بعد.',
      nextSteps: ['<link>ارجع إلى النموذج</link> وراجع إجاباتك.', 'غيّر الإجابات المشار إليها، ثم أرسل النموذج من جديد.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'راجع إجاباتك',
      description: 'بعض المعلومات المرسلة ليست بصيغة يمكننا استخدامها. لم يُحفظ أي شيء حتى الآن.',
      nextSteps: ['<link>ارجع إلى النموذج</link> وراجع إجاباتك.', 'غيّر الإجابات المشار إليها، ثم أرسل النموذج مرة أخرى.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'بعض المعلومات تحتاج إلى تعديل',
      description: 'المعلومات المقدَّمة ليست بصيغة يمكننا قبولها. لم يُحفظ أي منها.',
      nextSteps: ['<link>عُد إلى النموذج</link> وراجع إجاباتك.', 'صحّح الإجابات المشار إليها، ثم أعد إرسال النموذج.'],
      alternative: help.formal,
    },
  },
  UNAUTHENTICATED: {
    friendly: {
      title: 'سجّل الدخول لعرض هذه الصفحة',
      description: 'هذه الصفحة متاحة فقط لمن سجّل الدخول. ستظهر لك بمجرد أن تسجّل دخولك.',
      nextSteps: ['<link>سجّل الدخول</link>، ثم افتح هذه الصفحة مرة أخرى.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'يجب أن تسجّل الدخول',
      description: 'لا تتوفر هذه الصفحة إلا بعد تسجيل الدخول.',
      nextSteps: ['<link>سجّل الدخول</link>، ثم افتح هذه الصفحة مرة أخرى.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'تسجيل الدخول مطلوب لعرض هذه الصفحة',
      description: 'هذه الصفحة متاحة فقط للمستخدمين الذين سجّلوا الدخول.',
      nextSteps: ['<link>سجّل الدخول</link>، ثم افتح هذه الصفحة مجددًا.'],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRED: {
    friendly: {
      title: 'تم تسجيل خروجك',
      description: withAnswers('سجّلنا خروجك حفاظًا على أمان حسابك.', { yes: 'لقد حفظنا إجاباتك.', no: 'لم نتمكّن من حفظ الإجابات التي لم ترسلها بعد.' }),
      nextSteps: ['<link>سجّل الدخول مجددًا</link> لتكمل من حيث توقفت.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'تم تسجيل خروجك',
      description: withAnswers('سجّلنا خروجك حفاظًا على أمان حسابك.', { yes: 'تم حفظ إجاباتك.', no: 'لم تُحفظ الإجابات التي لم ترسلها بعد.' }),
      nextSteps: ['<link>سجّل الدخول مرة أخرى</link> للمتابعة.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'تم تسجيل خروجك',
      description: withAnswers('حرصًا على أمان حسابك، أنهينا جلستك، على الأرجح بعد فترة من عدم النشاط.', {
        yes: 'تم حفظ إجاباتك.',
        no: 'لم تُحفظ الإجابات التي لم تُرسَل.',
      }),
      nextSteps: ['<link>سجّل الدخول مرة أخرى</link> للمتابعة.'],
      alternative: help.formal,
    },
  },
  FORBIDDEN: {
    friendly: {
      title: 'لا يمكنك فتح هذه الصفحة',
      description: 'لا يملك حسابك صلاحية الوصول إليها. يمكن للشخص المسؤول عن حسابك تغيير ذلك.',
      nextSteps: ['اطلب من الشخص المسؤول عن حسابك منحك صلاحية الوصول.', '<link>انتقل إلى الصفحة الرئيسية</link> لتجد ما يمكنك استخدامه.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'ليست لديك صلاحية الوصول',
      description: 'لا يمكن لحسابك فتح هذه الصفحة. يستطيع الشخص المسؤول عن حسابك تغيير ذلك.',
      nextSteps: ['اطلب صلاحية الوصول من الشخص المسؤول عن حسابك.', '<link>انتقل إلى الصفحة الرئيسية</link> لترى ما يمكنك استخدامه.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'الوصول إلى هذه الصفحة مقيّد',
      description: 'لا يملك حسابك صلاحية فتح هذه الصفحة. ويمكن للشخص المسؤول عن حسابك منحك هذه الصلاحية.',
      nextSteps: ['اطلب من الشخص المسؤول عن حسابك منحك صلاحية الوصول.', '<link>عُد إلى الصفحة الرئيسية</link> للمتابعة.'],
      alternative: help.formal,
    },
  },
  NOT_FOUND: {
    friendly: {
      title: 'لم نعثر على هذه الصفحة',
      description: 'ربما نُقلت، أو ربما أصبح الرابط قديمًا.',
      nextSteps: [
        'إذا كتبت العنوان بنفسك، فتأكّد من صحته.',
        'إذا لصقت العنوان، فتأكّد من أنك نسخته كاملًا.',
        '<link>انتقل إلى الصفحة الرئيسية</link> لتجد ما تبحث عنه.',
      ],
      alternative: help.friendly,
    },
    neutral: {
      title: 'الصفحة غير موجودة',
      description: 'ربما نُقلت الصفحة أو حُذفت.',
      nextSteps: [
        'إذا كتبت العنوان، فتأكّد من صحته.',
        'إذا لصقت العنوان، فتأكّد من نسخه كاملًا.',
        '<link>انتقل إلى الصفحة الرئيسية</link> للعثور على ما تحتاج إليه.',
      ],
      alternative: help.neutral,
    },
    formal: {
      title: 'تعذّر العثور على الصفحة',
      description: 'قد تكون هذه الصفحة قد نُقلت أو أُزيلت.',
      nextSteps: [
        'إذا كنت قد كتبت العنوان، فتحقّق من صحته.',
        'إذا كنت قد لصقت العنوان، فتحقّق من أنك نسخته كاملًا.',
        '<link>عُد إلى الصفحة الرئيسية</link> للوصول إلى المعلومات التي تحتاج إليها.',
      ],
      alternative: help.formal,
    },
  },
  METHOD_NOT_ALLOWED: {
    friendly: {
      title: 'هذا الإجراء غير متاح هنا',
      description: 'لا تقبل هذه الصفحة هذا النوع من الإجراءات. قد يحدث هذا بسبب نموذج قديم أو إشارة مرجعية قديمة.',
      nextSteps: ['<link>انتقل إلى الصفحة الرئيسية</link> وابدأ من هناك.', 'إذا استخدمت إشارة مرجعية، فحدّثها عندما تجد الصفحة الصحيحة.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'لا يمكن تنفيذ هذا الإجراء هنا',
      description: 'لا تقبل هذه الصفحة هذا النوع من الإجراءات. قد يكون السبب نموذجًا أو إشارة مرجعية قديمة.',
      nextSteps: ['<link>انتقل إلى الصفحة الرئيسية</link> وابدأ من هناك.', 'إذا استخدمت إشارة مرجعية، فحدّثها عند العثور على الصفحة الصحيحة.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'هذا الإجراء غير متاح',
      description: 'لا تقبل هذه الصفحة هذا النوع من الإجراءات. وقد يحدث ذلك عند استخدام نموذج أو إشارة مرجعية قديمة.',
      nextSteps: ['<link>عُد إلى الصفحة الرئيسية</link> وابدأ من هناك.', 'إذا كنت قد استخدمت إشارة مرجعية، فحدّثها بعد العثور على الصفحة الصحيحة.'],
      alternative: help.formal,
    },
  },
  REQUEST_TIMEOUT: {
    friendly: {
      title: 'استغرق الأمر وقتًا طويلًا',
      description: 'تأخّر وصول البيانات كثيرًا، فتوقفنا عن انتظارها. قد يحدث هذا بسبب اتصال بطيء أو غير مستقر.',
      nextSteps: ['تحقّق من اتصالك بالإنترنت.', '<link>حاول مرة أخرى</link>.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'الاتصال بطيء جدًا',
      description: 'توقفنا عن الانتظار لأن البيانات تأخّرت كثيرًا في الوصول. قد يحدث هذا بسبب اتصال إنترنت بطيء أو غير مستقر.',
      nextSteps: ['تحقّق من اتصالك بالإنترنت.', '<link>حاول مرة أخرى</link>.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'استغرق الاتصال وقتًا طويلًا',
      description: 'توقفنا عن الانتظار لأن المعلومات تأخّرت في الوصول. وقد يحدث ذلك بسبب اتصال إنترنت بطيء أو غير مستقر.',
      nextSteps: ['تحقّق من اتصالك بالإنترنت.', '<link>أعد المحاولة</link>.'],
      alternative: help.formal,
    },
  },
  CONFLICT: {
    friendly: {
      title: 'سبقك شخص آخر إلى تعديل هذا',
      description: 'عُدِّل هذا المحتوى أثناء عملك عليه، لذلك لم نحفظ تغييراتك.',
      nextSteps: ['<link>ارجع إلى الصفحة السابقة</link> وحدّثها لترى أحدث نسخة.', 'أجرِ تغييراتك مرة أخرى، ثم احفظها.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'تغيّر هذا المحتوى أثناء تعديلك',
      description: 'حدّثه شخص آخر قبلك، لذلك لم تُحفظ تغييراتك.',
      nextSteps: ['<link>ارجع إلى الصفحة السابقة</link> وحدّثها لترى أحدث نسخة.', 'أجرِ تغييراتك مرة أخرى، ثم احفظها.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'تم تحديث هذا العنصر',
      description: 'حدّث شخص آخر هذا العنصر أثناء تعديلك له. ولم تُحفظ التغييرات التي أجريتها.',
      nextSteps: ['<link>عُد إلى الصفحة السابقة</link> وحدّثها لعرض أحدث نسخة.', 'أجرِ تغييراتك مرة أخرى واحفظها.'],
      alternative: help.formal,
    },
  },
  GONE: {
    friendly: {
      title: 'هذه الصفحة لم تعد موجودة',
      description: 'أزلناها، لذلك لم تعد الروابط إليها تعمل.',
      nextSteps: ['<link>انتقل إلى الصفحة الرئيسية</link> لتجد ما تبحث عنه.', 'احذف أي إشارة مرجعية حفظتها لهذه الصفحة.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'أُزيلت هذه الصفحة',
      description: 'لم تعد متاحة، لذلك لن تعمل الروابط المؤدية إليها.',
      nextSteps: ['<link>انتقل إلى الصفحة الرئيسية</link> للعثور على ما تحتاج إليه.', 'احذف أي إشارة مرجعية حفظتها لهذه الصفحة.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'هذه الصفحة لم تعد متاحة',
      description: 'أُزيلت هذه الصفحة نهائيًا، لذلك لن تعمل الروابط المؤدية إليها.',
      nextSteps: ['<link>عُد إلى الصفحة الرئيسية</link> للوصول إلى المعلومات التي تحتاج إليها.', 'احذف أي إشارة مرجعية محفوظة لهذه الصفحة.'],
      alternative: help.formal,
    },
  },
  PAYLOAD_TOO_LARGE: {
    friendly: {
      title: 'الملف كبير جدًا',
      description: 'حجم ما أرسلته أكبر مما يمكننا استقباله. الحد الأقصى هو {maxSize}.',
      nextSteps: ['<link>ارجع إلى الصفحة السابقة</link> واختر ملفًا أصغر.', 'إذا كان صورة أو مستندًا ممسوحًا ضوئيًا، فجرّب حفظه بجودة أقل.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'حجم الملف كبير جدًا',
      description: 'الملف الذي رفعته أكبر من الحجم الذي نقبله. الحد الأقصى للحجم هو {maxSize}.',
      nextSteps: ['<link>ارجع إلى الصفحة السابقة</link> واختر ملفًا أصغر.', 'إذا كان الملف صورة أو مستندًا ممسوحًا ضوئيًا، فاحفظه بجودة أقل أولًا.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'حجم الملف يتجاوز الحد المسموح به',
      description: 'الملف المرفوع أكبر مما يمكننا قبوله. الحد الأقصى للحجم هو {maxSize}.',
      nextSteps: ['<link>عُد إلى الصفحة السابقة</link> واختر ملفًا أصغر.', 'إذا كان الملف صورة أو مستندًا ممسوحًا ضوئيًا، فاحفظه بجودة أقل أولًا.'],
      alternative: help.formal,
    },
  },
  RATE_LIMITED: {
    friendly: {
      title: 'محاولات كثيرة متتالية',
      description: 'حتى تبقى الخدمة متاحة للجميع، أوقفنا الوصول من جهازك للحظات.',
      nextSteps: [`انتظر ${seconds}، ثم <link>حاول مرة أخرى</link>.`],
      alternative: help.friendly,
      withoutValues: { nextSteps: ['انتظر قليلًا، ثم <link>حاول مرة أخرى</link>.'] },
    },
    neutral: {
      title: 'عدد كبير من المحاولات',
      description: 'للحفاظ على عمل الخدمة للجميع، أوقفنا الوصول من جهازك لفترة قصيرة.',
      nextSteps: [`انتظر ${seconds}، ثم <link>حاول مرة أخرى</link>.`],
      alternative: help.neutral,
      withoutValues: { nextSteps: ['انتظر قليلًا، ثم <link>حاول مرة أخرى</link>.'] },
    },
    formal: {
      title: 'محاولات كثيرة خلال وقت قصير',
      description: 'حفاظًا على إتاحة الخدمة للجميع، أُوقف الوصول من جهازك لفترة قصيرة.',
      nextSteps: [`يُرجى الانتظار ${seconds} قبل <link>إعادة المحاولة</link>.`],
      alternative: help.formal,
      withoutValues: { nextSteps: ['يُرجى الانتظار قليلًا قبل <link>إعادة المحاولة</link>.'] },
    },
  },
  QUOTA_EXCEEDED: {
    friendly: {
      title: 'استنفدت حصتك بالكامل',
      description: 'بلغ حسابك الحد المتاح له في هذه الفترة. كل ما حفظته في أمان.',
      nextSteps: ['انتظر حتى {retryAt, date, long} لتتابع.', 'إذا احتجت إلى المزيد قبل ذلك، <link>تواصل مع الدعم</link>.'],
      alternative: help.friendly,
      withoutValues: { nextSteps: ['انتظر حتى تتجدد حصتك لتتابع.', 'إذا احتجت إلى المزيد قبل ذلك، <link>تواصل مع الدعم</link>.'] },
    },
    neutral: {
      title: 'تم بلوغ حد الاستخدام',
      description: 'نفدت حصة حسابك لهذه الفترة. لن يتأثر عملك المحفوظ.',
      nextSteps: ['انتظر حتى {retryAt, date, long} للمتابعة.', '<link>تواصل مع الدعم</link> إذا احتجت إلى حد أعلى قبل ذلك.'],
      alternative: help.neutral,
      withoutValues: { nextSteps: ['انتظر حتى تتجدد حصتك للمتابعة.', '<link>تواصل مع الدعم</link> إذا احتجت إلى حد أعلى قبل ذلك.'] },
    },
    formal: {
      title: 'بلغ حسابك الحد الأقصى للاستخدام',
      description: 'استُنفدت الحصة المخصصة لحسابك في الفترة الحالية. ولن يتأثر عملك المحفوظ.',
      nextSteps: ['يُرجى الانتظار حتى {retryAt, date, long} للمتابعة.', 'إذا احتجت إلى حد أعلى قبل ذلك، <link>تواصل مع فريق الدعم</link>.'],
      alternative: help.formal,
      withoutValues: { nextSteps: ['يُرجى الانتظار حتى تتجدد حصتك للمتابعة.', 'إذا احتجت إلى حد أعلى قبل ذلك، <link>تواصل مع فريق الدعم</link>.'] },
    },
  },
  INTERNAL: {
    friendly: {
      title: 'عذرًا، حدثت مشكلة ما',
      description: withAnswers('المشكلة من جهتنا، وليست بسبب شيء فعلته.', saved.friendly),
      nextSteps: ['<link>حاول مرة أخرى</link> بعد بضع دقائق.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'عذرًا، هناك مشكلة',
      description: withAnswers('المشكلة من جهتنا.', saved.neutral),
      nextSteps: ['<link>حاول مرة أخرى</link> بعد بضع دقائق.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'توجد مشكلة في الخدمة',
      description: withAnswers('تعذّر إتمام هذا الإجراء بسبب مشكلة من جهتنا.', saved.formal),
      nextSteps: ['<link>أعد المحاولة</link> بعد بضع دقائق.'],
      alternative: help.formal,
    },
  },
  NOT_IMPLEMENTED: {
    friendly: {
      title: 'هذه الميزة ليست جاهزة بعد',
      description: 'ما زلنا نعمل على بناء هذا الجزء من الخدمة.',
      nextSteps: ['<link>انتقل إلى الصفحة الرئيسية</link> لترى ما هو متاح الآن.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'هذا غير متاح بعد',
      description: 'ما زلنا نعمل على هذا الجزء من الخدمة.',
      nextSteps: ['<link>انتقل إلى الصفحة الرئيسية</link> لترى ما هو متاح الآن.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'هذه الميزة غير متاحة بعد',
      description: 'لا يزال هذا الجزء من الخدمة قيد التطوير.',
      nextSteps: ['<link>عُد إلى الصفحة الرئيسية</link> للاطلاع على الخدمات المتاحة حاليًا.'],
      alternative: help.formal,
    },
  },
  DEPENDENCY_FAILED: {
    friendly: {
      title: 'خدمة نعتمد عليها لا تعمل',
      description: withAnswers('تحتاج هذه الصفحة إلى خدمة أخرى، لكنها لم تستجب كما ينبغي.', saved.friendly),
      nextSteps: ['<link>حاول مرة أخرى</link> بعد بضع دقائق.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'إحدى الخدمات المرتبطة لا تعمل',
      description: withAnswers('تعتمد هذه الصفحة على خدمة أخرى لم تستجب بشكل صحيح.', saved.neutral),
      nextSteps: ['<link>حاول مرة أخرى</link> بعد بضع دقائق.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'توجد مشكلة في خدمة مرتبطة',
      description: withAnswers('تعتمد هذه الصفحة على خدمة أخرى لم تستجب على النحو الصحيح.', saved.formal),
      nextSteps: ['<link>أعد المحاولة</link> بعد بضع دقائق.'],
      alternative: help.formal,
    },
  },
  SERVICE_UNAVAILABLE: {
    friendly: {
      title: 'عذرًا، الخدمة غير متاحة',
      description: withAnswers('نتوقع عودتها بحلول الساعة\u00a0{availableAt, time, short} يوم {availableAt, date, full}.', saved.friendly),
      nextSteps: ['حاول مرة أخرى بعد الساعة\u00a0{availableAt, time, short}.', statusStep],
      alternative: help.friendly,
      withoutValues: { description: withAnswers('نعمل على إعادتها في أقرب وقت ممكن.', saved.friendly), nextSteps: ['حاول مرة أخرى لاحقًا.', statusStep] },
    },
    neutral: {
      title: 'عذرًا، الخدمة غير متاحة',
      description: withAnswers('ستتمكّن من استخدامها مجددًا ابتداءً من الساعة\u00a0{availableAt, time, short} يوم {availableAt, date, full}.', saved.neutral),
      nextSteps: ['حاول مرة أخرى بعد الساعة\u00a0{availableAt, time, short}.', statusStep],
      alternative: help.neutral,
      withoutValues: { description: withAnswers('نعمل على إعادة تشغيلها.', saved.neutral), nextSteps: ['حاول مرة أخرى لاحقًا.', statusStep] },
    },
    formal: {
      title: 'الخدمة غير متاحة',
      description: withAnswers('نتوقع أن تعود الخدمة للعمل ابتداءً من الساعة\u00a0{availableAt, time, short} يوم {availableAt, date, full}.', saved.formal),
      nextSteps: ['أعد المحاولة بعد الساعة\u00a0{availableAt, time, short}.', statusStep],
      alternative: help.formal,
      withoutValues: { description: withAnswers('نعمل على إعادة تشغيلها في أقرب وقت.', saved.formal), nextSteps: ['أعد المحاولة لاحقًا.', statusStep] },
    },
  },
  MAINTENANCE: {
    friendly: {
      title: 'عذرًا، الخدمة متوقفة مؤقتًا',
      description: 'نُجري أعمالًا مخططًا لها على الخدمة. يمكنك استخدامها مجددًا من الساعة\u00a0{availableAt, time, short} يوم {availableAt, date, full}.',
      nextSteps: ['حاول مرة أخرى بعد الساعة\u00a0{availableAt, time, short}.', statusStep],
      alternative: help.friendly,
      withoutValues: {
        description: 'نُجري أعمالًا مخططًا لها على الخدمة. يمكنك استخدامها مجددًا فور انتهاء هذه الأعمال.',
        nextSteps: ['حاول مرة أخرى لاحقًا.', statusStep],
      },
    },
    neutral: {
      title: 'عذرًا، الخدمة متوقفة مؤقتًا',
      description: 'نُجري أعمالًا مخططًا لها على الخدمة. يمكنك استخدامها مرة أخرى من الساعة\u00a0{availableAt, time, short} يوم {availableAt, date, full}.',
      nextSteps: ['حاول مرة أخرى بعد الساعة\u00a0{availableAt, time, short}.', statusStep],
      alternative: help.neutral,
      withoutValues: {
        description: 'نُجري أعمالًا مخططًا لها على الخدمة. يمكنك استخدامها مرة أخرى عند انتهاء هذه الأعمال.',
        nextSteps: ['حاول مرة أخرى لاحقًا.', statusStep],
      },
    },
    formal: {
      title: 'الخدمة متوقفة لأعمال مجدولة',
      description: 'ستتمكّن من استخدام الخدمة مجددًا ابتداءً من الساعة\u00a0{availableAt, time, short} يوم {availableAt, date, full}.',
      nextSteps: ['عُد إلى هذه الصفحة بعد الساعة\u00a0{availableAt, time, short} للمتابعة.', statusStep],
      alternative: help.formal,
      withoutValues: { description: 'ستتمكّن من استخدامها مجددًا فور انتهاء هذه الأعمال.', nextSteps: ['عُد إلى هذه الصفحة لاحقًا للمتابعة.', statusStep] },
    },
  },
  UPSTREAM_TIMEOUT: {
    friendly: {
      title: 'يستغرق هذا وقتًا طويلًا',
      description: withAnswers('لم تصلنا استجابة في الوقت المناسب من خدمة نعتمد عليها.', saved.friendly),
      nextSteps: ['<link>حاول مرة أخرى</link> بعد بضع دقائق.'],
      alternative: help.friendly,
    },
    neutral: {
      title: 'استغرقت الخدمة وقتًا طويلًا',
      description: withAnswers('خدمة أخرى نعتمد عليها لم تستجب في الوقت المحدد.', saved.neutral),
      nextSteps: ['<link>حاول مرة أخرى</link> بعد بضع دقائق.'],
      alternative: help.neutral,
    },
    formal: {
      title: 'استغرقت الاستجابة وقتًا طويلًا',
      description: withAnswers('لم تستجب إحدى الخدمات المرتبطة في الوقت المحدد.', saved.formal),
      nextSteps: ['<link>أعد المحاولة</link> بعد بضع دقائق.'],
      alternative: help.formal,
    },
  },
  DEGRADED: {
    friendly: {
      title: 'قد لا تكون النتائج محدّثة',
      description: 'جزء من الخدمة لا يعمل حاليًا، لذلك نعرض لك نتائج محفوظة عند الساعة\u00a0{since, time, short}.',
      nextSteps: [statusStep],
      alternative: help.friendly,
      withoutValues: { description: 'جزء من الخدمة لا يعمل حاليًا، لذلك نعرض لك نتائج محفوظة سابقًا.' },
    },
    neutral: {
      title: 'قد لا تكون النتائج محدّثة',
      description: 'جزء من الخدمة لا يعمل، لذلك نعرض نتائج محفوظة عند الساعة\u00a0{since, time, short}.',
      nextSteps: [statusStep],
      alternative: help.neutral,
      withoutValues: { description: 'جزء من الخدمة لا يعمل، لذلك نعرض نتائج محفوظة سابقًا.' },
    },
    formal: {
      title: 'قد لا تعكس النتائج أحدث البيانات',
      description: 'جزء من الخدمة لا يعمل حاليًا. وقد حُفظت النتائج المعروضة عند الساعة\u00a0{since, time, short}.',
      nextSteps: [statusStep],
      alternative: help.formal,
      withoutValues: { description: 'جزء من الخدمة لا يعمل حاليًا. وقد حُفظت النتائج المعروضة في وقت سابق.' },
    },
  },
  READ_ONLY: {
    friendly: {
      title: 'لا يمكنك إجراء تغييرات الآن',
      description: 'عذرًا، أوقفنا التغييرات لفترة قصيرة. لا يزال بإمكانك عرض كل شيء.',
      nextSteps: ['انتظر قليلًا، ثم حاول إجراء تغييراتك مرة أخرى.', statusStep],
      alternative: help.friendly,
    },
    neutral: {
      title: 'التغييرات متوقفة مؤقتًا',
      description: 'يمكنك عرض كل شيء، لكن لا يمكنك إجراء تغييرات لفترة قصيرة.',
      nextSteps: ['حاول إجراء تغييراتك لاحقًا.', statusStep],
      alternative: help.neutral,
    },
    formal: {
      title: 'إجراء التغييرات غير متاح مؤقتًا',
      description: 'يمكنك الاطلاع على جميع المعلومات، لكن لا يمكن إجراء أي تغييرات في الوقت الحالي.',
      nextSteps: ['أعد محاولة إجراء تغييراتك لاحقًا.', statusStep],
      alternative: help.formal,
    },
  },
  SESSION_EXPIRING: {
    friendly: {
      title: 'سنسجّل خروجك قريبًا',
      description: `لحماية حسابك، سنسجّل خروجك تلقائيًا ${minutes}.`,
      nextSteps: ['احفظ عملك الآن.', '<link>ابقَ متصلًا</link> لمواصلة العمل.'],
      alternative: help.friendly,
      withoutValues: { description: 'لحماية حسابك، سنسجّل خروجك تلقائيًا بعد قليل.' },
    },
    neutral: {
      title: 'سيتم تسجيل خروجك قريبًا',
      description: `لحماية حسابك، سنسجّل خروجك ${minutes}.`,
      nextSteps: ['احفظ عملك الآن.', '<link>ابقَ متصلًا</link> لمواصلة العمل.'],
      alternative: help.neutral,
      withoutValues: { description: 'لحماية حسابك، سنسجّل خروجك بعد قليل.' },
    },
    formal: {
      title: 'ستنتهي جلستك قريبًا',
      description: `حرصًا على أمان حسابك، سيتم تسجيل خروجك ${minutes}.`,
      nextSteps: ['احفظ عملك الآن.', '<link>مدّد جلستك</link> لمواصلة العمل.'],
      alternative: help.formal,
      withoutValues: { description: 'حرصًا على أمان حسابك، سيتم تسجيل خروجك بعد قليل.' },
    },
  },
};
