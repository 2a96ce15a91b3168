import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { parse } from 'parse5';

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
      (s) =>
        `'sha256-${createHash('sha256')
          .update(s.textContent ?? '', 'utf8')
          .digest('base64')}'`,
    ),
  };
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

const dangerousTags = new Set(['script', 'iframe', 'object', 'embed', 'base', 'form', 'frame', 'frameset', 'meta-refresh']);

/**
 * What could execute in a page, found by parsing it as a browser does (parse5, the HTML spec's
 * tree builder): script-capable elements, event-handler and style attributes, script URLs.
 * Cheaper than a DOM, for corpora with many payloads. Also counts `h1`s.
 */
export function scanPage(html: string): { dangers: string[]; h1: number } {
  const dangers: string[] = [];
  let h1 = 0;
  const walk = (node: P5Node) => {
    const tag = node.tagName;
    if (tag) {
      if (tag === 'h1') h1++;
      if (dangerousTags.has(tag)) dangers.push(`<${tag}>`);
      for (const attr of node.attrs ?? []) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) dangers.push(`${tag}[${name}]`);
        if (name === 'style') dangers.push(`${tag}[style]`);
        if (tag === 'meta' && name === 'http-equiv') dangers.push(`meta[http-equiv=${attr.value}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name)) {
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (/^(javascript|vbscript|data:text|data:application)/.test(value) || value.startsWith('//')) dangers.push(`${tag}[${name}=${attr.value}]`);
        }
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as P5Node);
  return { dangers, h1 };
}
