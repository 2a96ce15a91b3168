import { escapeHtml } from '../render/escape.js';
import type { Diagnostics } from './collect.js';

/** Static styles for the panel; the page template appends them to its stylesheet when it has a panel. */
export const panelCss =
  '.errata-diagnostics{font-size:.875rem;overflow-wrap:anywhere}.errata-diagnostics figure{margin:0 0 1rem}' +
  '.errata-diagnostics pre{overflow:auto;padding:.5rem;border:1px solid currentColor;white-space:pre}' +
  '.errata-diagnostics mark{font-weight:700;background:none;color:inherit;text-decoration:underline}' +
  '.errata-diagnostics dt{font-weight:700}';

/** The diagnostics panel as escaped HTML; every value was redacted when collected. */
export function diagnosticsPanel(d: Diagnostics): string {
  const e = escapeHtml;
  const parts = [
    '<section class="errata-diagnostics" aria-labelledby="errata-diagnostics-heading">',
    // The surrounding <details> summary already says "Diagnostics": the heading names the error.
    `<h2 id="errata-diagnostics-heading">${e(d.name)}</h2>`,
    `<p>${e(d.message)}</p>`,
  ];
  for (const frame of d.frames) {
    const code = frame.lines
      .map((l) => {
        const text = `${String(l.number).padStart(5)} | ${l.text}`;
        return l.current ? `<mark>${e(text)}</mark>` : e(text);
      })
      .join('\n');
    parts.push(`<figure><figcaption><code>${e(`${frame.file}:${frame.line}:${frame.column}`)}</code></figcaption><pre><code>${code}</code></pre></figure>`);
  }
  if (d.stack) parts.push(`<h3>Stack</h3><pre>${e(d.stack)}</pre>`);
  if (d.causes.length) {
    parts.push('<h3>Causes</h3><ol>');
    for (const c of d.causes) {
      parts.push(`<li><strong>${e(c.name)}</strong>${c.code ? ` (${e(c.code)})` : ''}: ${e(c.message)}${c.stack ? `<pre>${e(c.stack)}</pre>` : ''}</li>`);
    }
    parts.push('</ol>');
  }
  parts.push('<h3>Request</h3><dl>');
  parts.push(`<dt>Method</dt><dd>${e(d.request.method)}</dd><dt>Path</dt><dd><code>${e(d.request.path)}</code></dd>`);
  parts.push(`<dt>Query</dt><dd><pre>${e(JSON.stringify(d.request.query, null, 2))}</pre></dd>`);
  parts.push(`<dt>Headers</dt><dd><pre>${e(JSON.stringify(d.request.headers, null, 2))}</pre></dd>`);
  parts.push('</dl></section>');
  return parts.join('');
}
