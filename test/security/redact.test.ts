import { describe, expect, it } from 'vitest';
import { normalise } from '../../packages/server/src/safety/normalise.js';
import { createRedactor } from '../../packages/server/src/safety/redact.js';
import { secrets as corpus } from '../corpora/corpora.js';

const redactor = createRedactor();
const place = (template: string, text: string): string => template.replace('{{text}}', () => text);
const serialise = (value: unknown): string => JSON.stringify(value);

describe('redaction of the fake secrets corpus', () => {
  describe.each(corpus.textSecrets.map((entry) => [entry.name, entry] as const))('%s', (_name, { text, secret }) => {
    it('does not survive in messages (every template)', () => {
      for (const template of corpus.textTemplates) {
        const output = redactor.string(place(template, text));
        expect(output, template).not.toContain(secret);
        expect(output).toContain('[REDACTED]');
      }
    });

    it('does not survive in error messages and cause chains', () => {
      const error = new Error(`request failed: ${text}`, { cause: new Error('inner', { cause: new AggregateError([new Error(text)], text) }) });
      const output = serialise(redactor.value(normalise(error)));
      expect(output).not.toContain(secret);
      // JSON escapes newlines; check the escaped form of multi-line secrets too.
      expect(output).not.toContain(JSON.stringify(secret).slice(1, -1));
    });

    it('does not survive in headers, nested objects, arrays, Maps and Sets', () => {
      // fetch Headers refuse line breaks, so multi-line secrets (PEM) skip that carrier.
      const headerSafe = !/[\r\n]/.test(text);
      const value = {
        headers: { 'x-upstream-detail': text },
        fetchHeaders: headerSafe ? new Headers({ 'X-Upstream-Detail': text }) : undefined,
        deep: { a: { b: { c: [{ d: `prefix ${text} suffix` }] } } },
        list: [text, [text]],
        map: new Map<unknown, unknown>([
          ['detail', text],
          [1, { text }],
        ]),
        set: new Set([text]),
        error: new Error(text),
      };
      expect(serialise(redactor.value(value))).not.toContain(secret);
    });
  });

  describe.each(corpus.keyedSecrets.map((entry) => [entry.key, entry] as const))('key %s', (key, { value }) => {
    it('is blanked as an object key at any depth, in arrays, Maps and headers', () => {
      const input = {
        [key]: value,
        nested: { level: { deeper: { [key]: value, [key.toUpperCase()]: value } } },
        list: [{ [key]: value }],
        map: new Map([[key, value]]),
        headers: { [key]: value },
      };
      expect(serialise(redactor.value(input))).not.toContain(value);
    });
  });

  // Free text has no structure: only key names the text rules know are caught there.
  it.each(corpus.keyedSecrets.filter((entry) => entry.inText).map((entry) => [entry.key, entry] as const))(
    'key %s is blanked in key=value and JSON text',
    (key, { value }) => {
      for (const text of [`${key}=${value}`, `"${key}": "${value}"`, `${key}: ${value}`, `{"${key}":"${value}"}`]) {
        expect(redactor.string(text), text).not.toContain(value);
      }
    },
  );

  it.each(corpus.keyedSecrets.filter((entry) => entry.inQuery).map((entry) => [entry.key, entry] as const))(
    'key %s is blanked as a query parameter',
    (key, { value }) => {
      expect(redactor.string(`https://example.com/x?page=1&${key}=${value}&b=2`)).not.toContain(value);
    },
  );

  describe('non-secrets survive', () => {
    it.each(corpus.nonSecrets.map((entry) => [entry.key, entry] as const))('%s', (key, { value }) => {
      for (const template of corpus.textTemplates) expect(redactor.string(place(template, value))).toBe(place(template, value));
      expect(redactor.value({ [key]: value, nested: { [key]: [value] } })).toEqual({ [key]: value, nested: { [key]: [value] } });
    });
  });
});
