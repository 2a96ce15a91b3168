import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  CatalogError,
  defineCatalog,
  directionOf,
  formatMessage,
  formatUi,
  resolveLocale,
  uiStrings,
  type CatalogEntryInput,
  type MessageSet,
  type RichText,
  type Tone,
} from './index.js';

const text = (rich: RichText | undefined): string => (rich ?? []).map((p) => (typeof p === 'string' ? p : p.children)).join('');
const tones3 = (s: MessageSet): Record<Tone, MessageSet> => ({ friendly: s, neutral: s, formal: s });

// One message per locale whose plural has a branch for every CLDR category, marked with a letter,
// so the branch chosen can be checked against Intl.PluralRules independently.
const allBranches = '{n, plural, zero {Z#} one {O#} two {T#} few {F#} many {M#} other {X#}}';
const pluralSet = (title: string): MessageSet => ({
  title,
  description: allBranches,
  nextSteps: ['Wait until {at, time, short} on {at, date, long}.'],
  alternative: '<link>Contact support</link> about {name}.',
});

const testEntry: CatalogEntryInput = {
  code: 'TEST_PLURAL',
  status: 429,
  category: 'rate-limit',
  cause: 'client',
  recoverability: 'transient',
  severity: 'low',
  action: 'wait',
  causeKnown: true,
  args: { n: 'number', at: 'date', name: 'string' },
  links: { alternative: 'support' },
  when: 'In tests.',
  operator: { summary: 'Test.', component: 'test', remediation: 'None.' },
  messages: { en: tones3(pluralSet('English')), es: tones3(pluralSet('Español')), de: tones3(pluralSet('Deutsch')), ar: tones3(pluralSet('عربي')) },
};
const catalog = defineCatalog([testEntry]);
const letter = { zero: 'Z', one: 'O', two: 'T', few: 'F', many: 'M', other: 'X' } as const;

describe('plurals', () => {
  const numbers = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1.5, 1_000_000];
  for (const locale of ['en', 'es', 'de', 'ar']) {
    it(`chooses the CLDR category in ${locale} for every number`, () => {
      const rules = new Intl.PluralRules(locale);
      const seen = new Set<string>();
      for (const n of numbers) {
        const category = rules.select(n);
        seen.add(category);
        const expected = `${letter[category as keyof typeof letter]}${new Intl.NumberFormat(locale).format(n)}`;
        expect(text(formatMessage(catalog, 'TEST_PLURAL', { locale, values: { n, at: 0, name: 'x' } }).description)).toBe(expected);
      }
      // The sample numbers reach every category the locale has (Arabic: all six).
      expect([...seen].sort()).toEqual([...rules.resolvedOptions().pluralCategories].sort());
    });
  }

  it('uses the right built-in wording for seconds in Arabic and German', () => {
    expect(formatUi('ar', 'retryAfterSeconds', { seconds: 2 })).toContain('ثانيتين');
    expect(formatUi('ar', 'retryAfterSeconds', { seconds: 1 })).toContain('ثانية واحدة');
    expect(formatUi('de', 'retryAfterSeconds', { seconds: 1 })).toBe('Sie können es in 1\u00a0Sekunde erneut versuchen.');
    expect(formatUi('de', 'retryAfterSeconds', { seconds: 30 })).toBe('Sie können es in 30\u00a0Sekunden erneut versuchen.');
  });

  it('formats the built-in rate limit in English, singular and plural', () => {
    const steps = (seconds: number) => text(formatMessage(builtinCatalog, 'RATE_LIMITED', { values: { retryAfterSeconds: seconds } }).nextSteps[0]);
    expect(steps(1)).toContain('1\u00a0second,');
    expect(steps(30)).toContain('30\u00a0seconds,');
  });
});

describe('date and time placeholders', () => {
  const at = '2026-03-05T14:30:00Z';
  // intl-messageformat's `short` time and `long` date styles, with no-break spaces (never "2:30 / PM").
  const keptTogether = (text: string) => text.replace(/(?<!,) /g, '\u00a0');
  const expected = (locale: string, timeZone: string) =>
    keptTogether(
      `${new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: 'numeric', timeZone }).format(new Date(at))}|` +
        new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(new Date(at)),
    );

  for (const locale of ['en', 'es', 'de', 'ar']) {
    it(`formats in the resolved locale (${locale}) and the given time zone`, () => {
      for (const timeZone of ['UTC', 'Asia/Tokyo']) {
        const step = text(formatMessage(catalog, 'TEST_PLURAL', { locale, timeZone, values: { n: 1, at, name: 'x' } }).nextSteps[0]);
        const [time, date] = expected(locale, timeZone).split('|') as [string, string];
        expect(step).toContain(time);
        expect(step).toContain(date);
      }
    });
  }

  it('accepts a Date, epoch milliseconds or an ISO string for the same moment', () => {
    const forms = [new Date(at), Date.parse(at), at].map((value) =>
      text(formatMessage(catalog, 'TEST_PLURAL', { timeZone: 'UTC', values: { n: 1, at: value, name: 'x' } }).nextSteps[0]),
    );
    expect(new Set(forms).size).toBe(1);
    expect(forms[0]).toContain('March\u00a05, 2026');
  });

  it('keeps dates and times together with no-break spaces, breaking only after a comma', () => {
    const step = text(formatMessage(catalog, 'TEST_PLURAL', { timeZone: 'UTC', values: { n: 1, at, name: 'x' } }).nextSteps[0]);
    expect(step).toContain('2:30\u00a0PM');
    expect(step).not.toMatch(/2:30 PM|March 5/);
  });

  it('refuses an unknown time zone with a clear error', () => {
    expect(() => formatMessage(catalog, 'TEST_PLURAL', { timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe('link tags', () => {
  it('become parts naming the entry’s link key, with their text as children', () => {
    const message = formatMessage(catalog, 'TEST_PLURAL', { values: { n: 1, at: 0, name: 'Acme' } });
    expect(message.alternative).toEqual([{ tag: 'support', children: 'Contact support' }, ' about Acme.']);
  });

  it('resolve per field in the built-in catalog', () => {
    const message = formatMessage(builtinCatalog, 'NOT_FOUND');
    const links = message.nextSteps.flat().filter((p) => typeof p !== 'string');
    expect(links).toEqual([expect.objectContaining({ tag: 'home' })]);
    expect(message.alternative?.find((p) => typeof p !== 'string')).toEqual(expect.objectContaining({ tag: 'support' }));
  });
});

describe('values stay text', () => {
  it('HTML-looking values are not parsed as tags or markup', () => {
    const name = '<link>evil</link><script>alert(1)</script>';
    const message = formatMessage(catalog, 'TEST_PLURAL', { values: { n: 1, at: 0, name } });
    expect(message.alternative).toEqual([{ tag: 'support', children: 'Contact support' }, ` about ${name}.`]);
  });

  it('a value named like the link tag cannot replace the link handler', () => {
    const message = formatMessage(catalog, 'TEST_PLURAL', { values: { n: 1, at: 0, name: 'x', link: () => '<a href="javascript:x">' } });
    expect(message.alternative?.[0]).toEqual({ tag: 'support', children: 'Contact support' });
  });
});

describe('missing or unusable values', () => {
  it('render a visible [name] placeholder, never "undefined", never throw', () => {
    const message = formatMessage(catalog, 'TEST_PLURAL', { locale: 'de' });
    expect(text(message.description)).toBe('X[n]');
    expect(text(message.nextSteps[0])).toBe('Wait until [at] on [at].');
    expect(text(message.alternative)).toBe('Contact support about [name].');
    expect(JSON.stringify(message)).not.toContain('undefined');
  });

  it('treat values of the wrong kind as missing', () => {
    const values = { n: { valueOf: () => 3 }, at: 'not a date', name: Symbol('x') };
    const message = formatMessage(catalog, 'TEST_PLURAL', { values });
    expect(text(message.description)).toBe('X[n]');
    expect(text(message.nextSteps[0])).toContain('[at]');
    expect(text(message.alternative)).toContain('[name]');
  });

  it('survive throwing getters and odd values objects', () => {
    const values = Object.defineProperty({}, 'n', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(text(formatMessage(catalog, 'TEST_PLURAL', { values }).description)).toBe('X[n]');
    expect(text(formatMessage(catalog, 'TEST_PLURAL', { values: null as never }).description)).toBe('X[n]');
  });

  it('choose the `other` branch of a select and drop the empty text it leaves', () => {
    const missing = formatMessage(builtinCatalog, 'INTERNAL');
    const saved = formatMessage(builtinCatalog, 'INTERNAL', { values: { answersSaved: true } });
    expect(text(missing.description)).not.toMatch(/\s$|answers|\[/);
    expect(text(saved.description).length).toBeGreaterThan(text(missing.description).length);
    expect(text(saved.description)).toMatch(/answers/);
  });

  it('leave no double, leading or trailing spaces where an empty branch or value sat', () => {
    const entry: CatalogEntryInput = {
      ...testEntry,
      code: 'TEST_SPACES',
      args: { saved: 'string', name: 'string' },
      messages: Object.fromEntries(
        ['en', 'es', 'de', 'ar'].map((l) => [
          l,
          tones3({
            title: 'Spaces',
            description:
              ' {saved, select, yes {Saved.} other {}} It failed. {saved, select, yes {Saved.} other {}} <link>{name} </link> {saved, select, yes {Done.} other {}} ',
            nextSteps: ['{saved, select, yes {Wait.} other {}}', 'Try again.'],
            alternative: 'Ask {name}  now.',
          }),
        ]),
      ),
      links: { description: 'support', alternative: 'support' },
    };
    const spaces = defineCatalog([entry]);
    const missing = formatMessage(spaces, 'TEST_SPACES', { values: { name: 'Ana' } });
    expect(missing.description).toEqual(['It failed. ', { tag: 'support', children: 'Ana ' }]);
    expect(missing.nextSteps).toEqual([['Try again.']]);
    expect(text(missing.alternative)).toBe('Ask Ana now.');
    const saved = formatMessage(spaces, 'TEST_SPACES', { values: { saved: 'yes', name: 'Ana' } });
    expect(text(saved.description)).toBe('Saved. It failed. Saved. Ana Done.');
    expect(saved.nextSteps.map(text)).toEqual(['Wait.', 'Try again.']);
  });

  it('do not leak between calls (the formatter cache is keyed by message, not values)', () => {
    const a = formatMessage(catalog, 'TEST_PLURAL', { values: { n: 5, at: 0, name: 'Ana' } });
    const b = formatMessage(catalog, 'TEST_PLURAL', { values: { n: 5, at: 0 } });
    const c = formatMessage(catalog, 'TEST_PLURAL', { values: { n: 5, at: 0, name: 'Bo' } });
    expect([text(a.alternative), text(b.alternative), text(c.alternative)]).toEqual([
      'Contact support about Ana.',
      'Contact support about [name].',
      'Contact support about Bo.',
    ]);
  });
});

describe('copy without values', () => {
  const closing: CatalogEntryInput = {
    ...testEntry,
    code: 'SHOP_CLOSING',
    status: 503,
    args: { at: 'time', saved: 'string', name: 'string' },
    links: { nextSteps: 'status', alternative: 'support' },
    messages: {
      en: tones3({
        title: 'The shop is closing',
        description: '{saved, select, yes {Your basket is saved.} other {We close at {at, time, short}.}}',
        nextSteps: ['Come back after {at, time, short}.', 'Ask {name} at the desk.'],
        alternative: '<link>Contact support</link> if you need help.',
        withoutValues: {
          description: '{saved, select, yes {Your basket is saved.} other {We are closing soon.}}',
          nextSteps: ['Come back later.', '<link>Check the opening hours</link>.'],
        },
      }),
    },
  };
  const shop = defineCatalog([closing, { ...testEntry, code: 'SHOP_NO_COPY' }]);
  const shown = (code: string, values?: Record<string, unknown>) => {
    const m = formatMessage(shop, code, values === undefined ? {} : { values, timeZone: 'UTC' });
    return { title: m.title, description: text(m.description), nextSteps: m.nextSteps.map(text), alternative: text(m.alternative) };
  };

  it('replaces a description or steps that would print a missing value, and keeps title and alternative', () => {
    expect(shown('SHOP_CLOSING')).toEqual({
      title: 'The shop is closing',
      description: 'We are closing soon.',
      nextSteps: ['Come back later.', 'Check the opening hours.'],
      alternative: 'Contact support if you need help.',
    });
    expect(formatMessage(shop, 'SHOP_CLOSING').nextSteps[1]).toEqual([{ tag: 'status', children: 'Check the opening hours' }, '.']);
    // The select still picks its branch in the copy without values.
    expect(shown('SHOP_CLOSING', { saved: 'yes' }).description).toBe('Your basket is saved.');
  });

  it('is not shown when the printed values are there, or when only an unprinted or other-field value is missing', () => {
    const at = '2026-03-05T14:30:00Z';
    expect(shown('SHOP_CLOSING', { at, name: 'Ana' })).toMatchObject({
      description: 'We close at 2:30\u00a0PM.',
      nextSteps: ['Come back after 2:30\u00a0PM.', 'Ask Ana at the desk.'],
    });
    // `name` is printed only by a step: the description keeps its time, the steps are replaced whole.
    expect(shown('SHOP_CLOSING', { at })).toMatchObject({
      description: 'We close at 2:30\u00a0PM.',
      nextSteps: ['Come back later.', 'Check the opening hours.'],
    });
  });

  it('falls back to [name] placeholders for a set that has none', () => {
    expect(shown('SHOP_NO_COPY')).toMatchObject({ description: 'X[n]', nextSteps: ['Wait until [at] on [at].'] });
  });

  it('keeps the cached select-only results apart from sets that print values', () => {
    const first = formatMessage(shop, 'SHOP_CLOSING');
    expect(formatMessage(shop, 'SHOP_CLOSING')).not.toBe(first);
    expect(formatMessage(shop, 'SHOP_CLOSING', { values: { at: 0, name: 'Ana' } }).description).not.toEqual(first.description);
    expect(formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en' })).toBe(formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en' }));
  });
});

describe('formatted results are shared when the values can only pick branches', () => {
  it('gives the same frozen message for the same select branch, and a missing value takes `other`', () => {
    const none = formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en' });
    expect(formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en' })).toBe(none);
    const yes = formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en', values: { answersSaved: 'yes' } });
    expect(formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en', values: { answersSaved: 'yes' } })).toBe(yes);
    expect(yes).not.toBe(none);
    expect(yes.description).not.toEqual(none.description);
    // A value with no branch of its own reads exactly as a missing one, and shares its result.
    const maybe = formatMessage(builtinCatalog, 'INTERNAL', { locale: 'en', values: { answersSaved: 'maybe' } });
    expect(maybe).toBe(none);
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('formats printed values (numbers, dates) every time, so they never collide', () => {
    const titles = new Set<string>();
    for (const seconds of [1, 2, 30, 61, 3600]) {
      const message = formatMessage(builtinCatalog, 'RATE_LIMITED', { locale: 'en', values: { retryAfterSeconds: seconds } });
      titles.add(JSON.stringify(message.nextSteps));
    }
    expect(titles.size).toBe(5);
  });
});

describe('unknown code or tone', () => {
  it('an unknown code is a CatalogError naming it', () => {
    expect(() => formatMessage(builtinCatalog, 'NOPE_NOT_HERE')).toThrow(CatalogError);
    expect(() => formatMessage(builtinCatalog, 'NOPE_NOT_HERE')).toThrow(/Unknown error code "NOPE_NOT_HERE"/);
  });

  it('an unknown tone is a TypeError naming it and the valid tones', () => {
    expect(() => formatMessage(builtinCatalog, 'NOT_FOUND', { tone: 'sarcastic' as Tone })).toThrow(TypeError);
    expect(() => formatMessage(builtinCatalog, 'NOT_FOUND', { tone: 'sarcastic' as Tone })).toThrow(/"sarcastic".*friendly, neutral, formal/);
  });

  it('defaults to the neutral tone', () => {
    expect(formatMessage(builtinCatalog, 'NOT_FOUND').tone).toBe('neutral');
    expect(formatMessage(builtinCatalog, 'NOT_FOUND').title).toBe(builtinCatalog.get('NOT_FOUND').messages.en?.neutral.title);
  });
});

describe('locale fallback and direction', () => {
  it('goes exact -> base language -> en', () => {
    const cases: [string | undefined, string][] = [
      ['de', 'de'],
      ['es-MX', 'es'],
      ['ES_mx', 'es'],
      ['ar-EG', 'ar'],
      ['fr', 'en'],
      ['fr-CA', 'en'],
      ['not a tag!!', 'en'],
      ['', 'en'],
      [undefined, 'en'],
    ];
    for (const [requested, expected] of cases) {
      expect(resolveLocale(catalog, requested)).toBe(expected);
      expect(formatMessage(catalog, 'TEST_PLURAL', { locale: requested }).locale).toBe(expected);
    }
    expect(formatMessage(catalog, 'TEST_PLURAL', { locale: 'es-MX' }).title).toBe('Español');
  });

  it('reports rtl for Arabic and other right-to-left languages and scripts', () => {
    const message = formatMessage(catalog, 'TEST_PLURAL', { locale: 'ar-SA' });
    expect([message.locale, message.dir, message.title]).toEqual(['ar', 'rtl', 'عربي']);
    expect(formatMessage(catalog, 'TEST_PLURAL', { locale: 'de' }).dir).toBe('ltr');
    for (const l of ['ar', 'he', 'fa-IR', 'ur', 'az-Arab', 'yi']) expect(directionOf(l)).toBe('rtl');
    for (const l of ['en', 'es-MX', 'de', 'ar-Latn', 'zh-Hant-TW', '', '%%%']) expect(directionOf(l)).toBe('ltr');
  });
});

describe('UI strings', () => {
  it('exist for all four built-in locales with the same placeholders', () => {
    for (const locale of ['en', 'es', 'de', 'ar']) {
      const ui = uiStrings(locale);
      expect(Object.keys(ui).sort()).toEqual(Object.keys(uiStrings('en')).sort());
      expect(formatUi(locale, 'retryAfterSeconds', { seconds: 7 })).toContain(new Intl.NumberFormat(locale).format(7));
      expect(formatUi(locale, 'footer', { brandName: 'Acme' })).toContain('Acme');
    }
    expect(uiStrings('de').skipToContent).not.toBe(uiStrings('en').skipToContent);
  });

  it('fall back like messages and format times in the locale', () => {
    expect(uiStrings('de-AT')).toBe(uiStrings('de'));
    expect(uiStrings('fr')).toBe(uiStrings('en'));
    const time = new Intl.DateTimeFormat('de', { hour: 'numeric', minute: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 9, 5));
    expect(formatUi('de-CH', 'retryAt', { time: Date.UTC(2026, 0, 1, 9, 5) }, { timeZone: 'UTC' })).toBe(`Sie können es ab ${time}\u00a0Uhr erneut versuchen.`);
  });

  it('show a placeholder for a missing value and refuse an unknown key', () => {
    expect(formatUi('en', 'retryAfterSeconds')).toBe('You can try again in [seconds]\u00a0seconds.');
    expect(() => formatUi('en', 'nope' as never)).toThrow(/Unknown UI string "nope"/);
  });

  it('come from the catalog when it adds a locale', () => {
    const fr = { ...uiStrings('en'), dismiss: 'Fermer' };
    const withFr = defineCatalog([{ ...testEntry, messages: { ...testEntry.messages, fr: testEntry.messages.en! } }], { uiStrings: { fr } });
    expect(uiStrings('fr-BE', withFr).dismiss).toBe('Fermer');
    expect(formatUi('fr', 'dismiss', {}, { catalog: withFr })).toBe('Fermer');
    expect(formatMessage(withFr, 'TEST_PLURAL', { locale: 'fr-BE' }).locale).toBe('fr');
  });
});
