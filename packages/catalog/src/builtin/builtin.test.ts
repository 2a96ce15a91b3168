import { describe, expect, it } from 'vitest';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parseMessage, usageOf } from '../icu.js';
import { builtinCatalog, builtinCodes, builtinLocales, formatMessage, messageFields, tones, type MessageSet, type RichText } from '../index.js';

const text = (rich: RichText | undefined): string => (rich ?? []).map((p) => (typeof p === 'string' ? p : p.children)).join('');

// The taxonomy the issue asks for, written out by hand.
const expectedStatus: Record<string, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 429,
  INTERNAL: 500,
  NOT_IMPLEMENTED: 501,
  DEPENDENCY_FAILED: 502,
  SERVICE_UNAVAILABLE: 503,
  MAINTENANCE: 503,
  UPSTREAM_TIMEOUT: 504,
};
const notices = ['DEGRADED', 'READ_ONLY', 'SESSION_EXPIRING'];

const sampleValues = {
  answersSaved: 'yes',
  availableAt: '2026-03-05T14:30:00Z',
  retryAt: '2026-04-01T00:00:00Z',
  since: '2026-03-05T14:00:00Z',
  retryAfterSeconds: 30,
  minutes: 5,
  maxSize: '10 MB',
};

describe('built-in catalog', () => {
  it('has every error code with its HTTP status, and the three notices', () => {
    expect([...builtinCatalog.codes].sort()).toEqual([...Object.keys(expectedStatus), ...notices].sort());
    expect(builtinCatalog.codes).toEqual(builtinCodes);
    for (const [code, status] of Object.entries(expectedStatus)) {
      expect([code, builtinCatalog.get(code as never).status, builtinCatalog.get(code as never).kind]).toEqual([code, status, 'error']);
    }
    for (const code of notices) {
      const entry = builtinCatalog.get(code as never);
      expect([entry.kind, entry.status]).toEqual(['notice', 200]);
    }
    expect(builtinCatalog.get('DEGRADED').bannerTone).toBe('degraded');
    expect(builtinCatalog.byStatus(503)?.code).toBe('SERVICE_UNAVAILABLE');
    expect(builtinCatalog.byStatus(200)).toBeUndefined();
  });

  // Custom catalogs may leave gaps that fall back; the built-in one is written out in full.
  it('has every code in every locale and tone, so nothing built in falls back', () => {
    for (const entry of builtinCatalog.entries) {
      for (const locale of builtinCatalog.locales) {
        expect(Object.keys(entry.messages[locale] ?? {}).sort(), `${entry.code} ${locale}`).toEqual([...tones].sort());
      }
    }
  });

  it('gives operators a summary, component, remediation and runbook for every code', () => {
    for (const entry of builtinCatalog.entries) {
      expect(entry.operator.runbook).toBe(`https://runbooks.example.com/errata/${entry.code.toLowerCase().replaceAll('_', '-')}`);
      expect(entry.when.length).toBeGreaterThan(10);
    }
  });

  // Tone rule ST-03: code-specific recovery facts are placeholders, not prose.
  it('tells users when a 503 ends, how long a 429 lasts, and what happened to their input', () => {
    for (const entry of builtinCatalog.entries) {
      const en = entry.messages.en!;
      const all = tones.map((t) => JSON.stringify(en[t])).join(' ');
      if (entry.status === 503) expect(entry.permanent || /\{availableAt, (time|date)/.test(all), entry.code).toBe(true);
      if (entry.status === 429) expect(/\{(retryAfterSeconds|retryAt)\b/.test(all), entry.code).toBe(true);
      if (entry.transactional && entry.status >= 500) expect(all, entry.code).toMatch(/\{answersSaved, select, yes \{/);
    }
  });

  // GOV.UK 503 pattern (tone rule ST-03): "the day, date and time it is going to be available".
  it('gives the day, date and time a 503 ends, in every locale and tone', () => {
    for (const entry of builtinCatalog.entries.filter((e) => e.status === 503 && !e.permanent)) {
      expect(entry.args.availableAt, entry.code).toBe('date');
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const parsed = parseMessage(entry.messages[locale]![tone]!.description);
          if (!parsed.ok) throw new Error(parsed.error);
          expect(usageOf(parsed.ast).args.get('availableAt'), `${entry.code} ${locale}/${tone}`).toEqual(new Set(['date', 'time']));
          expect(JSON.stringify(entry.messages[locale]![tone]!.description), `${entry.code} ${locale}/${tone}`).toMatch(/availableAt, date, full/);
        }
      }
    }
  });

  // Whole sentences in every branch: an empty `other {}` would leave a gap the translator never sees.
  it('has no empty select or plural branch in any message', () => {
    const emptyBranches = (elements: readonly MessageFormatElement[]): string[] =>
      elements.flatMap((el) =>
        el.type === TYPE.select || el.type === TYPE.plural
          ? Object.entries(el.options).flatMap(([key, option]) => (option.value.length === 0 ? [`${el.value}.${key}`] : emptyBranches(option.value)))
          : el.type === TYPE.tag
            ? emptyBranches(el.children)
            : [],
      );
    for (const entry of builtinCatalog.entries) {
      for (const [locale, byTone] of Object.entries(entry.messages)) {
        for (const tone of tones) {
          const set = byTone[tone]!;
          for (const message of [set.title, set.description, ...set.nextSteps, set.alternative ?? '']) {
            const parsed = parseMessage(message);
            if (!parsed.ok) throw new Error(parsed.error);
            expect(emptyBranches(parsed.ast), `${entry.code} ${locale}/${tone}: ${message}`).toEqual([]);
          }
        }
      }
    }
  });

  it('uses the same help link on every code (consistent help)', () => {
    for (const tone of tones) {
      const alternatives = new Set(builtinCatalog.entries.map((e) => e.messages.en?.[tone]?.alternative));
      expect(alternatives.size, tone).toBe(1);
      expect(builtinCatalog.entries.every((e) => e.links.alternative === 'support')).toBe(true);
    }
  });

  it('has every code x tone x field in every locale, with the same placeholders as English', () => {
    expect([...builtinCatalog.locales].sort()).toEqual([...builtinLocales].sort());
    // Placeholder name -> how it is used (plural, select, time...), over all fields of a tone.
    const placeholders = (set: MessageSet | undefined) => {
      const uses = new Map<string, Set<string>>();
      for (const message of [set?.title, set?.description, ...(set?.nextSteps ?? []), set?.alternative]) {
        const parsed = parseMessage(message ?? '');
        if (!parsed.ok) throw new Error(parsed.error);
        for (const [name, how] of usageOf(parsed.ast).args) uses.set(name, new Set([...(uses.get(name) ?? []), ...how]));
      }
      return uses;
    };
    for (const entry of builtinCatalog.entries) {
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const set = entry.messages[locale]?.[tone];
          for (const field of messageFields) expect(set?.[field], `${entry.code} ${locale}/${tone} ${field}`).toBeTruthy();
          expect(placeholders(set), `${entry.code} ${locale}/${tone}`).toEqual(placeholders(entry.messages.en?.[tone]));
        }
      }
    }
  });

  it('formats every code in every locale and tone with real values and no placeholder left', () => {
    for (const code of builtinCatalog.codes) {
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const m = formatMessage(builtinCatalog, code, { locale, tone, values: sampleValues, timeZone: 'UTC' });
          const all = [m.title, text(m.description), ...m.nextSteps.map(text), text(m.alternative)].join('\n');
          expect(m.locale).toBe(locale);
          expect(m.nextSteps.length, `${code} ${locale}/${tone}`).toBeGreaterThan(0);
          expect(all, `${code} ${locale}/${tone}`).not.toMatch(/\[\w+\]|undefined|NaN|[{}<>]/);
        }
      }
    }
  });

  // A page must never say "[availableAt]": an error thrown without its time shows copy written for that.
  it('has copy without values wherever a date, time or number is printed, in every locale and tone', () => {
    const printsValue = (message: string): boolean => {
      const parsed = parseMessage(message);
      if (!parsed.ok) throw new Error(parsed.error);
      return [...usageOf(parsed.ast).args.values()].some((uses) => [...uses].some((use) => use !== 'select' && use !== 'simple'));
    };
    const needing = builtinCatalog.entries.filter((entry) =>
      Object.values(entry.messages).some((byTone) => tones.some((tone) => [byTone[tone]!.description, ...byTone[tone]!.nextSteps].some(printsValue))),
    );
    expect(needing.map((e) => e.code).sort()).toEqual(['DEGRADED', 'MAINTENANCE', 'QUOTA_EXCEEDED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'SESSION_EXPIRING']);
    for (const entry of needing) {
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const at = `${entry.code} ${locale}/${tone}`;
          const set = entry.messages[locale]![tone]!;
          expect(set.withoutValues, at).toBeDefined();
          // Each field that prints a value has its replacement, and only those.
          expect(set.withoutValues?.description !== undefined, `${at} description`).toBe(printsValue(set.description));
          expect(set.withoutValues?.nextSteps !== undefined, `${at} nextSteps`).toBe(set.nextSteps.some(printsValue));
          const m = formatMessage(builtinCatalog, entry.code, { locale, tone });
          const all = [m.title, text(m.description), ...m.nextSteps.map(text), text(m.alternative)].join('\n');
          expect(all, at).not.toMatch(/\[|undefined|NaN|[{}<>]/);
          expect(m.nextSteps.length, at).toBeGreaterThan(0);
        }
      }
    }
  });

  it('prints the time, not the copy without values, when the values are given', () => {
    for (const code of ['SERVICE_UNAVAILABLE', 'MAINTENANCE', 'RATE_LIMITED', 'QUOTA_EXCEEDED'] as const) {
      for (const locale of builtinCatalog.locales) {
        for (const tone of tones) {
          const at = `${code} ${locale}/${tone}`;
          const set = builtinCatalog.get(code).messages[locale]![tone]!;
          const m = formatMessage(builtinCatalog, code, { locale, tone, values: sampleValues, timeZone: 'UTC' });
          const shown = [text(m.description), ...m.nextSteps.map(text)].join('\n');
          const valueless = formatMessage(builtinCatalog, code, { locale, tone });
          expect(shown, at).not.toBe([text(valueless.description), ...valueless.nextSteps.map(text)].join('\n'));
          expect(shown, at).toMatch(code === 'RATE_LIMITED' ? /30/ : code === 'QUOTA_EXCEEDED' ? /2026|٢٠٢٦/ : /14[:.]30|٢:٣٠|2:30/);
          expect(set.withoutValues, at).toBeDefined();
        }
      }
    }
  });

  it('keeps English titles short and free of status numbers and exclamation marks', () => {
    for (const entry of builtinCatalog.entries) {
      for (const tone of tones) {
        const { title, description, nextSteps } = entry.messages.en![tone]!;
        expect(title.split(/\s+/).filter((w) => !/^(a|an|the)$/i.test(w)).length, `${entry.code}/${tone}`).toBeLessThanOrEqual(6);
        expect(title, `${entry.code}/${tone}`).not.toMatch(/\.$/);
        expect([title, description, ...nextSteps].join(' '), `${entry.code}/${tone}`).not.toMatch(/!|\b[45]\d\d\b|\boops\b/i);
      }
    }
  });

  it('follows each tone’s register in English', () => {
    for (const entry of builtinCatalog.entries) {
      const neutral = JSON.stringify(entry.messages.en!.neutral);
      const formal = JSON.stringify(entry.messages.en!.formal);
      expect(neutral, entry.code).not.toMatch(/\bplease\b|n't\b/i);
      expect(formal, entry.code).not.toMatch(/\w'(t|s|re|ve|ll|d|m)\b|\?/i);
      const sorry =
        tones
          .map((t) => JSON.stringify(entry.messages.en![t]))
          .join(' ')
          .match(/\bsorry\b/gi) ?? [];
      if (sorry.length > 0) expect([entry.cause, entry.severity === 'low'], entry.code).toEqual(['system', false]);
    }
  });
});
