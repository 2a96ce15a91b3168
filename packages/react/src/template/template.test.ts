import { describe, expect, it } from 'vitest';
import { bindTemplate, compileTemplate, fillTemplate, filledBytes, filledChunks, filledText, sentinel } from './template.js';

const markup = `<h1>${sentinel('title')}</h1><p>é ${sentinel('description')}</p><code>${sentinel('trace')}</code><a href="/${sentinel('path')}">→</a>`;
const values = { title: 'Seite &amp; Ü', description: 'naïve — text', trace: 'abc123', path: 'orders/42' };
const expected = '<h1>Seite &amp; Ü</h1><p>é naïve — text</p><code>abc123</code><a href="/orders/42">→</a>';

describe('page templates', () => {
  it('joins literals and values into the same text and UTF-8 bytes, with the right byte count', () => {
    const filled = fillTemplate(compileTemplate(markup), values);
    expect(filledText(filled)).toBe(expected);
    expect(filledBytes(filled).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(filled.bytes).toBe(Buffer.byteLength(expected));
    const chunks = filledChunks(filled);
    expect(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8')).toBe(expected);
  });

  it('a template with some slots bound gives the same page as filling them all per request', () => {
    const bound = bindTemplate(compileTemplate(markup), { title: values.title, description: values.description });
    expect(bound.slots).toEqual(['trace', 'path']);
    const filled = fillTemplate(bound, { trace: values.trace, path: values.path });
    expect(filledText(filled)).toBe(expected);
    expect(filledBytes(filled).toString('utf8')).toBe(expected);
    expect(filled.bytes).toBe(Buffer.byteLength(expected));
  });

  it('sends large literals as the shared buffers and joins values with small literals', () => {
    const big = 'x'.repeat(5000);
    const template = compileTemplate(`${big}<code>${sentinel('trace')}</code><a href="/${sentinel('path')}">${big}`);
    const chunks = filledChunks(fillTemplate(template, { trace: 'abc', path: 'p/1' }));
    // Literals: `${big}<code>` | `</code><a href="/` | `">${big}`; the middle one is small.
    expect(chunks).toEqual([template.encoded[0], 'abc</code><a href="/p/1', template.encoded[2]]);
    expect(chunks[0]).toBe(template.encoded[0]);
  });

  it('leaves a slot with no value empty', () => {
    const filled = fillTemplate(compileTemplate(markup), { title: 't' });
    expect(filledText(filled)).toBe('<h1>t</h1><p>é </p><code></code><a href="/">→</a>');
    expect(filledBytes(filled).toString('utf8')).toBe(filledText(filled));
  });
});
