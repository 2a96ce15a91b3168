import { describe, expect, it } from 'vitest';
import { createErrata } from './create-errata.js';
import { ErrataError } from './errata-error.js';
import type { Errata } from './types.js';
import { wireBytes, wireChunks, wireKey, wireOf } from './wire.js';

const request = (accept: string, method = 'GET') => ({
  method,
  url: '/orders/42',
  headers: { accept, 'accept-language': 'es', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
});

describe('the adapters’ byte path', () => {
  const errata = createErrata({ mode: 'production', links: { home: '/' } });

  it('sends the same status, headers and UTF-8 bytes as render, for every format and HEAD', () => {
    const wire = wireOf(errata);
    for (const accept of ['text/html', 'application/problem+json', 'text/plain']) {
      for (const method of ['GET', 'HEAD']) {
        const text = errata.render(new ErrataError('NOT_FOUND'), request(accept, method));
        const bytes = wire.render(new ErrataError('NOT_FOUND'), request(accept, method));
        expect(bytes.status).toBe(text.status);
        expect(bytes.headers).toEqual(text.headers);
        const sent = Buffer.from(wireBytes(bytes.body) ?? '');
        expect(sent.toString('utf8')).toBe(text.body);
        expect(sent.length).toBe(method === 'HEAD' ? 0 : Number(text.headers['content-length']));
      }
    }
    const notFound = wire.renderNotFound(request('text/html'));
    expect(Buffer.from(wireBytes(notFound.body) ?? '').toString('utf8')).toBe(errata.renderNotFound(request('text/html')).body);
    // The page goes out as the shared pre-encoded literals plus short per-request strings.
    expect(Array.isArray(wireChunks(notFound.body))).toBe(true);
  });

  it('is not part of the public shape, and any other Errata falls back to its render', () => {
    expect(Object.keys(errata)).not.toContain(wireKey.toString());
    expect(Object.getOwnPropertySymbols(errata).filter((s) => Object.getOwnPropertyDescriptor(errata, s)?.enumerable)).toEqual([]);
    const stub: Errata = {
      mode: 'production',
      render: () => ({ status: 418, headers: { 'x-stub': '1' }, body: 'stub' }),
      renderNotFound: () => ({ status: 404, headers: {}, body: 'nf' }),
      renderParts: () => ({ format: 'text', status: 418, headers: {}, traceId: 't', body: 'parts' }),
      renderNotFoundParts: () => ({ format: 'text', status: 404, headers: {}, traceId: 't', body: 'nf parts' }),
      renderBanner: () => ({ html: '', css: '', hash: '', id: 'b', locale: 'en', tone: 'neutral' }),
    };
    expect(wireOf(stub).render(new Error('x'), {})).toEqual({ status: 418, headers: { 'x-stub': '1' }, body: 'stub' });
    expect(wireOf(stub).renderNotFound({}).body).toBe('nf');
    // Its parts are its own; a failing layout gets its render.
    const parts = wireOf(stub).parts(new Error('x'), {}, undefined);
    expect(parts?.parts).toMatchObject({ body: 'parts' });
    expect(parts?.layoutFailed(new Error('layout')).body).toBe('stub');
    expect(wireOf(stub).notFoundParts({}, undefined)?.page().body).toBe('nf');
    // An older object without renderParts: no parts, so adapters send its render.
    const { renderParts: _p, renderNotFoundParts: _n, ...older } = stub;
    expect(wireOf(older as Errata).parts(new Error('x'), {}, undefined)).toBeUndefined();
  });
});
