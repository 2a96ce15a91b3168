import { defineCatalog, type CatalogEntryInput, type MessageSet } from '@errata/catalog';

/**
 * A small catalog with English, Spanish and Arabic copy, so locale and right-to-left behaviour
 * is tested independently of which locales the built-in catalog ships.
 */
const same = (set: MessageSet) => ({ friendly: set, neutral: set, formal: set });

const operator = { summary: 'Test entry.', component: 'tests', remediation: 'None.' };

const entries = [
  {
    code: 'NOT_FOUND',
    status: 404,
    category: 'not-found',
    cause: 'client',
    recoverability: 'user-fixable',
    severity: 'low',
    action: 'go-back',
    causeKnown: true,
    operator,
    when: 'Nothing at that address.',
    messages: {
      en: same({ title: 'Page not found', description: 'The page may have moved.', nextSteps: ['Check the address.'] }),
      es: same({ title: 'Página no encontrada', description: 'Puede que la página se haya movido.', nextSteps: ['Comprueba la dirección.'] }),
      ar: same({ title: 'الصفحة غير موجودة', description: 'ربما نُقلت الصفحة.', nextSteps: ['تحقق من العنوان.'] }),
    },
  },
  {
    code: 'INTERNAL',
    status: 500,
    category: 'internal',
    cause: 'system',
    recoverability: 'transient',
    severity: 'high',
    action: 'retry',
    causeKnown: false,
    operator,
    when: 'Something failed inside the service.',
    messages: {
      en: same({ title: 'Something went wrong', description: 'We could not finish your request.', nextSteps: ['Try again in a few minutes.'] }),
      es: same({ title: 'Algo salió mal', description: 'No pudimos completar tu solicitud.', nextSteps: ['Vuelve a intentarlo en unos minutos.'] }),
      ar: same({ title: 'حدث خطأ ما', description: 'لم نتمكن من إكمال طلبك.', nextSteps: ['حاول مرة أخرى بعد بضع دقائق.'] }),
    },
  },
] as const satisfies readonly CatalogEntryInput[];

export const miniCatalog = defineCatalog(entries);
