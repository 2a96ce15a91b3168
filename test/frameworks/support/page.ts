import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';

/** Parse an error page as a browser would (scripts off) and report what could execute. */
export function parsePage(html: string) {
  const { document } = new JSDOM(html).window;
  const dangers: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'base', 'form', 'frame', 'svg script'].includes(tag)) dangers.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) dangers.push(`${tag}[${attr.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name.toLowerCase())) {
        const value = attr.value.trim().toLowerCase();
        if (/^(javascript|vbscript|data:text)/.test(value.replace(/[\s\u0000-\u001f]/g, ''))) dangers.push(`${tag}[${attr.name}=${attr.value}]`);
        if (value.startsWith('//')) dangers.push(`${tag}[${attr.name}=${attr.value}]`);
      }
      if (attr.name === 'style') dangers.push(`${tag}[style]`);
    }
  }
  return {
    document,
    dangers,
    /** The support reference shown on the page. */
    traceId: document.querySelector('main code')?.textContent ?? undefined,
    /** `'sha256-…'` of each inline `<style>`, as a CSP lists it. */
    styleHashes: [...document.querySelectorAll('style')].map(
      (s) => `'sha256-${createHash('sha256').update(s.textContent ?? '', 'utf8').digest('base64')}'`,
    ),
  };
}
