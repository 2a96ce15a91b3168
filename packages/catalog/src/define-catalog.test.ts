import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  CatalogError,
  defineCatalog,
  formatMessage,
  type CatalogEntryInput,
  type CatalogProblem,
  type MessageSet,
  type Tone,
} from './index.js';

const set = (overrides: Partial<MessageSet> = {}): MessageSet => ({
  title: 'Your basket has expired',
  description: 'We keep items in your basket for {minutes, plural, one {# minute} other {# minutes}}.',
  nextSteps: ['<link>Go back</link> and add the items again.'],
  alternative: 'Contact support if you need help.',
  ...overrides,
});
const tones3 = (s: MessageSet = set()): Record<Tone, MessageSet> => ({ friendly: s, neutral: s, formal: s });

function entry(overrides: Partial<CatalogEntryInput> & Record<string, unknown> = {}): CatalogEntryInput {
  return {
    code: 'BASKET_EXPIRED',
    status: 410,
    category: 'checkout',
    cause: 'client',
    recoverability: 'user-fixable',
    severity: 'low',
    action: 'go-back',
    causeKnown: true,
    args: { minutes: 'number' },
    links: { nextSteps: 'back' },
    when: 'The basket was left for longer than it is kept.',
    operator: { summary: 'Basket expired.', component: 'checkout', remediation: 'None.' },
    messages: { en: tones3() },
    ...overrides,
  } as CatalogEntryInput;
}

/** Runs defineCatalog and returns its problems (fails the test if it does not throw a CatalogError). */
function problemsOf(entries: readonly unknown[], options?: Parameters<typeof defineCatalog>[1]): readonly CatalogProblem[] {
  try {
    defineCatalog(entries as CatalogEntryInput[], options);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    const e = error as CatalogError;
    // The thrown message lists every problem, so the console output alone is enough to fix them.
    for (const p of e.problems) {
      expect(e.message).toContain(p.message);
      if (p.code) expect(e.message).toContain(p.code);
    }
    return e.problems;
  }
  throw new Error('defineCatalog accepted a malformed catalog');
}

describe('defineCatalog accepts a well-formed entry', () => {
  it('returns a frozen catalog with defaults filled in', () => {
    const catalog = defineCatalog([entry()]);
    expect(catalog.codes).toEqual(['BASKET_EXPIRED']);
    const e = catalog.get('BASKET_EXPIRED');
    expect(e.kind).toBe('error');
    expect(e.permanent).toBe(false);
    expect(e.bannerTone).toBe('warning');
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(e.messages.en?.neutral?.nextSteps)).toBe(true);
    expect(catalog.byStatus(410)?.code).toBe('BASKET_EXPIRED');
    expect(catalog.has('NOPE')).toBe(false);
  });

  it('copies its input, so later edits to the input do not change the catalog', () => {
    const input = entry();
    const catalog = defineCatalog([input]);
    (input.messages.en as { neutral: { title: string } }).neutral.title = 'Changed';
    expect(catalog.get('BASKET_EXPIRED').messages.en?.neutral.title).toBe('Your basket has expired');
  });
});

describe('defineCatalog checks the copy without values like the fields it replaces', () => {
  const at = (withoutValues: unknown, tone: Tone = 'formal') => ({ en: { ...tones3(), [tone]: set({ withoutValues } as Partial<MessageSet>) } }) as never;

  it('accepts a description and steps that print no value, and keeps them frozen', () => {
    const catalog = defineCatalog([
      entry({ messages: at({ description: 'We keep items for a short time.', nextSteps: ['<link>Go back</link> and add them again.'] }) }),
    ]);
    const copy = catalog.get('BASKET_EXPIRED').messages.en?.formal?.withoutValues;
    expect(copy?.description).toBe('We keep items for a short time.');
    expect(Object.isFrozen(copy?.nextSteps)).toBe(true);
  });

  it('refuses a printed argument, naming code, locale, tone, field and argument', () => {
    const problems = problemsOf([entry({ messages: at({ description: 'We keep items for {minutes} minutes.' }, 'friendly') })]);
    expect(problems).toEqual([
      {
        code: 'BASKET_EXPIRED',
        locale: 'en',
        tone: 'friendly',
        field: 'withoutValues.description',
        message: 'prints {minutes}, but this copy is shown when a printed value is missing: say it without the value',
      },
    ]);
  });

  it('refuses what the fields it replaces refuse: bad ICU, undeclared args, unknown or unlinked tags, too many steps', () => {
    const problems = problemsOf([
      entry({
        links: {},
        messages: at({
          description: 'Wait {unknownArg, select, yes {now} other {later}}.',
          nextSteps: ['<b>Go</b> back.', '<link>Go back</link>.', 'Three.', 'Four.', 'Broken {'],
          extra: 'x',
        }),
      }),
    ]);
    const where = { code: 'BASKET_EXPIRED', locale: 'en', tone: 'formal' };
    expect(problems).toEqual(
      expect.arrayContaining([
        { ...where, field: 'withoutValues.extra', message: 'unknown field (expected description, nextSteps)' },
        { ...where, field: 'withoutValues.description', message: 'placeholder {unknownArg} is not declared in args' },
        { ...where, field: 'withoutValues.nextSteps', message: 'has 5 items; give 1 to 3 next steps' },
        { ...where, field: 'withoutValues.nextSteps[0]', message: 'unknown tag <b>; only <link>...</link> is supported' },
        { ...where, field: 'withoutValues.nextSteps[1]', message: '<link> has no target: set links.nextSteps to a link key' },
        expect.objectContaining({ ...where, field: 'withoutValues.nextSteps[4]', message: expect.stringMatching(/^ICU does not parse/) }),
      ]),
    );
  });

  it('refuses an empty or non-object copy', () => {
    for (const bad of [{}, 'Later.', null]) {
      expect(problemsOf([entry({ messages: at(bad) })])).toContainEqual(
        expect.objectContaining({ code: 'BASKET_EXPIRED', tone: 'formal', field: 'withoutValues', message: expect.stringContaining('is not an object') }),
      );
    }
  });
});

describe('defineCatalog refuses each malformed entry kind, naming code and field', () => {
  it('duplicate code', () => {
    expect(problemsOf([entry(), entry()])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'code', message: expect.stringContaining('duplicate code') }),
    );
  });

  it('code not in UPPER_SNAKE form', () => {
    expect(problemsOf([entry({ code: 'basket-expired' })])).toContainEqual(
      expect.objectContaining({ code: 'basket-expired', field: 'code', message: expect.stringContaining('UPPER_SNAKE') }),
    );
  });

  it('error status outside 400-599', () => {
    for (const status of [200, 399, 600, 404.5]) {
      expect(problemsOf([entry({ status })])).toContainEqual(
        expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'status', message: expect.stringContaining('outside 400-599') }),
      );
    }
  });

  it('notice with a status other than 200 or without a banner tone', () => {
    const problems = problemsOf([entry({ kind: 'notice', status: 503 })]);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'status', message: expect.stringContaining('must be 200') }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'bannerTone', message: expect.stringContaining('needs a bannerTone') }));
  });

  it('unknown enum values', () => {
    const problems = problemsOf([entry({ cause: 'user', severity: 'critical', action: 'panic', recoverability: 'maybe', bannerTone: 'red' } as never)]);
    for (const field of ['cause', 'severity', 'action', 'recoverability', 'bannerTone']) {
      expect(problems).toContainEqual(expect.objectContaining({ code: 'BASKET_EXPIRED', field, message: expect.stringContaining('is not one of') }));
    }
  });

  it('neutral missing in a locale (the tone the others fall back to)', () => {
    const { neutral: _neutral, ...twoTones } = tones3();
    expect(problemsOf([entry({ messages: { en: twoTones } as never })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', locale: 'en', tone: 'neutral', message: expect.stringContaining('tone is missing') }),
    );
  });

  it('placeholders that differ between the tones and locales written', () => {
    const messages = { en: { neutral: set() }, de: { neutral: set({ description: 'Wir heben den Korb auf.' }) } };
    expect(problemsOf([entry({ messages })], { extends: builtinCatalog })).toContainEqual(
      expect.objectContaining({
        code: 'BASKET_EXPIRED',
        locale: 'de',
        tone: 'neutral',
        message: expect.stringContaining('placeholder {minutes} is used in en/neutral'),
      }),
    );
  });

  it('a field missing', () => {
    const { description: _d, ...noDescription } = set();
    expect(problemsOf([entry({ messages: { en: tones3(noDescription as MessageSet) } })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', locale: 'en', tone: 'friendly', field: 'description', message: 'is missing' }),
    );
  });

  it('an empty string', () => {
    expect(problemsOf([entry({ messages: { en: tones3(set({ title: '   ' })) } })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', locale: 'en', tone: 'neutral', field: 'title', message: 'is empty' }),
    );
  });

  it('next steps with no items or more than three', () => {
    for (const nextSteps of [[], ['Go back.', 'Go back.', 'Go back.', 'Go back.']]) {
      const messages = { en: tones3(set({ description: 'We keep items for {minutes} minutes.', nextSteps })) };
      expect(problemsOf([entry({ messages })])).toContainEqual(
        expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'nextSteps', message: `has ${nextSteps.length} items; give 1 to 3 next steps` }),
      );
    }
  });

  it('a placeholder used in one tone but not another', () => {
    const messages = { en: { ...tones3(), formal: set({ description: 'Items are kept for a limited time.' }) } };
    expect(problemsOf([entry({ messages })])).toContainEqual(
      expect.objectContaining({
        code: 'BASKET_EXPIRED',
        locale: 'en',
        tone: 'formal',
        message: expect.stringContaining('placeholder {minutes} is used in en/friendly'),
      }),
    );
  });

  it('a placeholder used in one locale but not another', () => {
    const messages = { en: tones3(), de: tones3(set({ description: 'Wir bewahren Artikel nur kurz auf.' })) };
    const problems = problemsOf([entry({ messages })], { uiStrings: {} });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'BASKET_EXPIRED',
        locale: 'de',
        tone: 'neutral',
        message: expect.stringContaining('placeholder {minutes} is used in en/'),
      }),
    );
  });

  it('a placeholder that is not declared in args', () => {
    const messages = { en: tones3(set({ title: 'Your {basketName} has expired' })) };
    expect(problemsOf([entry({ messages })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'title', message: 'placeholder {basketName} is not declared in args' }),
    );
  });

  it('a placeholder of the wrong type', () => {
    expect(problemsOf([entry({ args: { minutes: 'string' } })])).toContainEqual(
      expect.objectContaining({
        code: 'BASKET_EXPIRED',
        field: 'description',
        message: "placeholder {minutes} is used as plural but args.minutes is 'string'",
      }),
    );
    const dateAsNumber = { en: tones3(set({ description: 'Kept until {minutes, date, short}.' })) };
    expect(problemsOf([entry({ messages: dateAsNumber })])).toContainEqual(
      expect.objectContaining({ field: 'description', message: "placeholder {minutes} is used as date but args.minutes is 'number'" }),
    );
  });

  it('a declared placeholder that no message uses', () => {
    expect(problemsOf([entry({ args: { minutes: 'number', cartId: 'string' } })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'args.cartId', message: 'is declared but no message uses it' }),
    );
  });

  it('a <link> tag in a field with no link target', () => {
    expect(problemsOf([entry({ links: {} })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'nextSteps[0]', message: '<link> has no target: set links.nextSteps to a link key' }),
    );
  });

  it('a tag other than <link>, a link in the title, and nested tags', () => {
    const messages = {
      en: tones3(
        set({ title: '<link>Basket</link> expired', description: 'Kept for <b>{minutes}</b> minutes.', nextSteps: ['<link>Go <link>back</link></link>.'] }),
      ),
    };
    const problems = problemsOf([entry({ messages })]);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'description', message: 'unknown tag <b>; only <link>...</link> is supported' }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'title', message: '<link> is not allowed here (plain text only)' }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'nextSteps[0]', message: '<link> contains another tag; tags cannot be nested' }));
  });

  it('ICU that does not parse', () => {
    const messages = { en: tones3(set({ description: 'We keep items for {minutes, plural, one {# minute}}.' })) };
    expect(problemsOf([entry({ messages })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'description', message: expect.stringContaining('ICU does not parse') }),
    );
  });

  it('the source locale missing', () => {
    expect(problemsOf([entry({ messages: { de: tones3() } })], { uiStrings: {} })).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'messages.en', message: "the source locale 'en' is missing" }),
    );
  });

  it('a locale tag that is not canonical', () => {
    expect(problemsOf([entry({ messages: { en: tones3(), es_MX: tones3() } })])).toContainEqual(
      expect.objectContaining({ code: 'BASKET_EXPIRED', field: 'messages.es_MX', message: 'is not a valid BCP 47 locale tag' }),
    );
  });

  it('missing operator notes and when', () => {
    const problems = problemsOf([entry({ operator: { summary: '', component: 'x', remediation: 'y', runbook: 'javascript:alert(1)' }, when: '' })]);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'operator.summary', message: 'is missing or empty' }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'operator.runbook', message: expect.stringContaining('is not an http(s) URL') }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'when', message: expect.stringContaining('is missing or empty') }));
  });

  it('a suppression without a reason', () => {
    const messages = { en: tones3(set({ suppress: [{ rule: 'TN-06', reason: '' }] })) };
    expect(problemsOf([entry({ messages })])).toContainEqual(
      expect.objectContaining({ field: 'suppress[0].reason', message: expect.stringContaining('say why') }),
    );
  });

  it('input that is not an entry at all', () => {
    expect(problemsOf([null, 42])).toEqual([
      { code: 'entries[0]', message: 'entry is null, not an object' },
      { code: 'entries[1]', message: 'entry is 42, not an object' },
    ]);
  });

  it('options that are not an object', () => {
    expect(problemsOf([entry()], null as never)).toEqual([
      { field: 'options', message: 'must be an object ({ extends?, overrides?, uiStrings?, informalAddress? })' },
    ]);
  });

  it('lists every problem in one error', () => {
    const problems = problemsOf([entry({ status: 700, cause: 'nobody' as never }), entry({ code: 'X-1' })]);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(expect.arrayContaining(['BASKET_EXPIRED status', 'BASKET_EXPIRED cause', 'X-1 code']));
  });
});

describe('extending a catalog', () => {
  // A user entry must cover every locale the built-in catalog has.
  const everyLocale = (s: Record<Tone, MessageSet>) => Object.fromEntries(builtinCatalog.locales.map((l) => [l, s]));

  it('adds codes after the built-in ones and types them as one union', () => {
    const mine = { ...entry({ messages: everyLocale(tones3()) }), code: 'BASKET_EXPIRED' as const };
    const catalog = defineCatalog([mine], { extends: builtinCatalog });
    expect(catalog.codes).toEqual([...builtinCatalog.codes, 'BASKET_EXPIRED']);
    // Both built-in and own codes are accepted by `get`...
    const codes: ('BASKET_EXPIRED' | 'NOT_FOUND')[] = ['BASKET_EXPIRED', 'NOT_FOUND'];
    expect(codes.map((c) => catalog.get(c).code)).toEqual(codes);
    // ...and a code in neither is a type error (checked by `npm run typecheck`) and a runtime error.
    // @ts-expect-error 'BASKET_EXPIRD' is not in the union
    expect(() => catalog.get('BASKET_EXPIRD')).toThrow(/Unknown error code "BASKET_EXPIRD"/);
  });

  it('overrides a built-in entry with the same code, in place', () => {
    const mine = entry({ code: 'NOT_FOUND', status: 404, messages: everyLocale(tones3()) });
    const catalog = defineCatalog([mine], { extends: builtinCatalog });
    expect(catalog.codes).toEqual(builtinCatalog.codes);
    expect(catalog.get('NOT_FOUND').category).toBe('checkout');
    expect(builtinCatalog.get('NOT_FOUND').category).toBe('not-found');
  });

  it('refuses a new locale without UI strings, and accepts it with them', () => {
    const fr = { ...everyLocale(tones3()), fr: tones3() };
    const problems = problemsOf([entry({ messages: fr })], { extends: builtinCatalog });
    expect(problems).toEqual([expect.objectContaining({ locale: 'fr', field: 'uiStrings.fr', message: expect.stringContaining('no UI strings') })]);
    // The built-in codes have no French: they fall back to English, which is not a refusal.
    const catalog = defineCatalog([entry({ messages: fr })], { extends: builtinCatalog, uiStrings: { fr: builtinCatalog.uiFor('en')! } });
    expect(catalog.locales).toContain('fr');
    expect(formatMessage(catalog, 'NOT_FOUND', { locale: 'fr' }).locale).toBe('en');
  });

  it('validates custom UI strings', () => {
    const broken = { ...builtinCatalog.uiFor('en')!, retryAfterSeconds: '{seconds, plural, one {# s}}', footer: 'By {company}.' };
    const problems = problemsOf([entry()], { uiStrings: { en: broken } });
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'uiStrings.en.retryAfterSeconds', message: expect.stringContaining('ICU does not parse') }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: 'uiStrings.en.footer', message: 'placeholder {company} is not declared in args' }));
  });

  it('declares which locales use the informal "you" in the friendly tone, inherited unless replaced', () => {
    expect(builtinCatalog.informalAddress).toEqual(['es']);
    expect(defineCatalog([entry()]).informalAddress).toEqual([]);
    const mine = entry({ messages: everyLocale(tones3()) });
    expect(defineCatalog([mine], { extends: builtinCatalog }).informalAddress).toEqual(['es']);
    const both = defineCatalog([mine], { extends: builtinCatalog, informalAddress: ['es', 'de'] });
    expect(both.informalAddress).toEqual(['es', 'de']);
    expect(Object.isFrozen(both.informalAddress)).toBe(true);
    expect(defineCatalog([mine], { extends: builtinCatalog, informalAddress: [] }).informalAddress).toEqual([]);
  });

  it('refuses an informal-address locale the catalog does not have, or a value that is not a list', () => {
    const mine = entry({ messages: everyLocale(tones3()) });
    expect(problemsOf([mine], { extends: builtinCatalog, informalAddress: ['es', 'fr', 3] as never })).toEqual([
      { field: 'informalAddress[1]', message: '"fr" is not a locale of this catalog (en, ar, es, de)' },
      { field: 'informalAddress[2]', message: '"3" is not a locale of this catalog (en, ar, es, de)' },
    ]);
    expect(problemsOf([entry()], { informalAddress: 'es' as never })).toEqual([
      { field: 'informalAddress', message: "must be an array of locales, e.g. ['es']" },
    ]);
  });

  it('refuses something that is not a catalog as the base', () => {
    expect(problemsOf([entry()], { extends: { codes: [] } as never })).toContainEqual(
      expect.objectContaining({ field: 'extends', message: 'is not a catalog made by defineCatalog' }),
    );
  });
});

describe('a custom code written in some locales and tones only', () => {
  // Copy a brand actually writes: English, neutral only, for a code of its own.
  const englishOnly = entry({ messages: { en: { neutral: set() } } });

  it('is accepted, and renders in every catalog locale and tone through fallback', () => {
    const catalog = defineCatalog([englishOnly], { extends: builtinCatalog });
    expect(catalog.locales).toEqual(builtinCatalog.locales);
    for (const locale of catalog.locales) {
      for (const tone of ['friendly', 'neutral', 'formal'] as const) {
        const message = formatMessage(catalog, 'BASKET_EXPIRED', { locale, tone, values: { minutes: 5 } });
        expect(message).toMatchObject({ locale: 'en', dir: 'ltr', tone: 'neutral', title: 'Your basket has expired' });
      }
    }
    // The built-in codes keep their own translations.
    expect(formatMessage(catalog, 'NOT_FOUND', { locale: 'ar', tone: 'formal' })).toMatchObject({ locale: 'ar', dir: 'rtl', tone: 'formal' });
  });

  it('falls back exact -> base language -> source locale, and a missing tone to neutral in the same locale', () => {
    const de = set({ title: 'Ihr Warenkorb ist abgelaufen', description: 'Wir heben Artikel {minutes, plural, one {# Minute} other {# Minuten}} auf.' });
    const deCh = set({ title: 'Ihr Warenkorb ist abgelaufen (CH)', description: 'Wir heben Artikel {minutes, plural, one {# Minute} other {# Minuten}} auf.' });
    const catalog = defineCatalog([entry({ messages: { en: tones3(), de: { neutral: de, formal: de }, 'de-CH': { neutral: deCh } } })], {
      extends: builtinCatalog,
    });
    const shown = (locale: string, tone: Tone) => {
      const m = formatMessage(catalog, 'BASKET_EXPIRED', { locale, tone, values: { minutes: 5 } });
      return `${m.locale}/${m.tone}: ${m.title}`;
    };
    expect(shown('de-CH', 'neutral')).toBe('de-CH/neutral: Ihr Warenkorb ist abgelaufen (CH)');
    // Language before tone: Swiss German neutral, not the German formal.
    expect(shown('de-CH', 'formal')).toBe('de-CH/neutral: Ihr Warenkorb ist abgelaufen (CH)');
    expect(shown('de-AT', 'formal')).toBe('de/formal: Ihr Warenkorb ist abgelaufen');
    expect(shown('de', 'friendly')).toBe('de/neutral: Ihr Warenkorb ist abgelaufen');
    expect(shown('es', 'friendly')).toBe('en/friendly: Your basket has expired');
    // A built-in code in a catalog locale it was never written in: the source locale.
    expect(formatMessage(catalog, 'NOT_FOUND', { locale: 'de-CH' }).locale).toBe('de');
  });

  it('still refuses broken ICU and unknown placeholders in the copy it has', () => {
    const broken = entry({ messages: { en: { neutral: set({ title: 'Basket {gone' }), friendly: set({ description: 'Kept for {hours}.' }) } } });
    const problems = problemsOf([broken], { extends: builtinCatalog });
    expect(problems).toContainEqual(expect.objectContaining({ tone: 'neutral', field: 'title', message: expect.stringContaining('ICU does not parse') }));
    expect(problems).toContainEqual(
      expect.objectContaining({ tone: 'friendly', field: 'description', message: 'placeholder {hours} is not declared in args' }),
    );
  });
});

describe('overriding fields of a built-in message', () => {
  it('changes one field of one tone of one locale, keeping the rest of the entry', () => {
    const catalog = defineCatalog([], { extends: builtinCatalog, overrides: { NOT_FOUND: { messages: { en: { friendly: { title: 'Nothing here' } } } } } });
    const mine = catalog.get('NOT_FOUND');
    const theirs = builtinCatalog.get('NOT_FOUND');
    expect(mine.messages.en?.friendly?.title).toBe('Nothing here');
    expect(mine.messages.en?.friendly?.description).toBe(theirs.messages.en?.friendly?.description);
    expect(mine.messages.en?.neutral).toEqual(theirs.messages.en?.neutral);
    expect(mine.messages.es).toEqual(theirs.messages.es);
    expect({ ...mine, messages: undefined }).toEqual({ ...theirs, messages: undefined });
    expect(catalog.codes).toEqual(builtinCatalog.codes);
    expect(formatMessage(catalog, 'NOT_FOUND', { locale: 'en', tone: 'friendly' }).title).toBe('Nothing here');
    // The built-in catalog is untouched.
    expect(formatMessage(builtinCatalog, 'NOT_FOUND', { locale: 'en', tone: 'friendly' }).title).not.toBe('Nothing here');
  });

  it('changes operator notes and replaces a list whole', () => {
    const catalog = defineCatalog([], {
      extends: builtinCatalog,
      overrides: {
        INTERNAL: {
          operator: { runbook: 'https://runbooks.example.com/internal' },
          messages: { de: { formal: { nextSteps: ['Versuchen Sie es später erneut.'] } } },
        },
      },
    });
    expect(catalog.get('INTERNAL').operator).toEqual({ ...builtinCatalog.get('INTERNAL').operator, runbook: 'https://runbooks.example.com/internal' });
    expect(catalog.get('INTERNAL').messages.de?.formal?.nextSteps).toEqual(['Versuchen Sie es später erneut.']);
  });

  it('checks the merged entry like any other, and refuses overrides of codes it cannot change', () => {
    const problems = problemsOf([entry()], {
      extends: builtinCatalog,
      overrides: {
        RATE_LIMITED: { messages: { en: { neutral: { description: 'Wait {minutes} minutes.' } } } },
        NO_SUCH_CODE: { when: 'Never.' },
        BASKET_EXPIRED: { when: 'Now.' },
        NOT_FOUND: { status: 410 } as never,
        GONE: { messages: { fr: { neutral: { title: 'Disparu' } } } },
      } as never,
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'RATE_LIMITED', field: 'description', message: expect.stringContaining('{minutes} is not declared') }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: 'NO_SUCH_CODE', message: 'the extended catalog has no entry with this code' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'BASKET_EXPIRED', message: expect.stringContaining('also in entries') }));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'NOT_FOUND', field: 'overrides.NOT_FOUND.status', message: expect.stringContaining('cannot be overridden') }),
    );
    // A new locale needs a whole message set (and UI strings).
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'GONE', locale: 'fr', field: 'description', message: expect.stringContaining('is missing') }),
    );
    expect(problemsOf([], { overrides: { NOT_FOUND: {} } } as never)).toContainEqual(
      expect.objectContaining({ message: 'overrides need options.extends (the catalog to change)' }),
    );
  });
});
