import { describe, expect, it } from 'vitest';
import { secrets } from '@errata/test/corpora';
import { createErrata } from './create-errata.js';
import type { ErrataEvent } from './types.js';

// Development mode shows the most (diagnostics with message, stack, causes, URL and headers),
// so it is where a secret would leak first. The onError event is checked in the same pass.
describe('fake secrets never reach a response or the onError event', () => {
  const events: ErrataEvent[] = [];
  const errata = createErrata({ mode: 'development', onError: (e) => void events.push(e) });
  const accepts = ['text/html', 'application/problem+json', 'text/plain'];

  for (const { name, text, secret } of secrets.textSecrets) {
    it(`in a message, a cause and a URL: ${name}`, () => {
      for (const accept of accepts) {
        events.length = 0;
        const error = new Error(`request failed: ${text}`, { cause: new Error(`upstream: ${text}`) });
        const res = errata.render(error, { url: `/cb?next=${encodeURIComponent(text)}`, headers: { accept } });
        expect(res.body).not.toContain(secret);
        expect(JSON.stringify(events)).not.toContain(secret);
        expect(events).toHaveLength(1);
      }
    });
  }

  for (const { key, value, inQuery } of secrets.keyedSecrets) {
    it(`in a request header${inQuery ? ' and the query' : ''}: ${key}`, () => {
      for (const accept of accepts) {
        events.length = 0;
        const url = inQuery ? `/page?${encodeURIComponent(key)}=${encodeURIComponent(value)}` : '/page';
        const res = errata.render(new Error('x'), { url, headers: { accept, [key.toLowerCase()]: value } });
        expect(res.body).not.toContain(value);
        expect(JSON.stringify(events)).not.toContain(value);
      }
    });
  }

  it('keeps ordinary values readable', () => {
    const [sample] = secrets.nonSecrets;
    if (!sample) throw new Error('corpus has no non-secrets');
    const res = errata.render(new Error('x'), { url: `/page?${sample.key}=${encodeURIComponent(sample.value)}`, headers: { accept: 'application/json' } });
    expect(JSON.stringify(JSON.parse(res.body).diagnostics.request.query)).toContain(sample.value);
  });
});
