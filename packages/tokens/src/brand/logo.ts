import type { BrandLogo } from './types.js';

const maxSrc = 100_000;
const base64 = /^[A-Za-z0-9+/]+={0,2}$/;
// Percent-encoded SVG: URL characters only. No raw quotes, spaces, angle brackets or `#`, so the
// URI cannot end early in an attribute or a CSS url() and cannot grow a fragment.
const percentEncoded = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]+$/;
// An SVG shown through <img> runs no script and loads nothing; refuse these anyway so the same
// logo stays inert if someone opens it another way.
const activeSvg = /<script|<foreignobject|javascript:|\son[a-z]+\s*=|<!entity|(?:href|src)\s*=\s*(?!["']?#)/i;

function decodeBase64(data: string): string | undefined {
  if (!base64.test(data) || data.length % 4 !== 0) return undefined;
  try {
    return atob(data);
  } catch {
    return undefined;
  }
}

function svgProblem(svg: string): string | undefined {
  const body = svg
    .replace(/^\uFEFF/, '')
    .replace(/^\s*<\?xml[^>]*\?>/, '')
    .trimStart();
  if (!/^<svg[\s>]/i.test(body)) return 'logo.src: the SVG data does not start with <svg>';
  if (activeSvg.test(body)) return 'logo.src: the SVG contains script, event handlers or external references';
  return undefined;
}

function checkSrc(src: unknown): string | undefined {
  const kinds = 'logo.src: must be data:image/png;base64,..., data:image/svg+xml;base64,... or data:image/svg+xml,<percent-encoded SVG> (no external request)';
  if (typeof src !== 'string' || src.length > maxSrc) return typeof src === 'string' ? `logo.src: at most ${maxSrc} characters` : kinds;
  const png = /^data:image\/png;base64,(.*)$/s.exec(src);
  if (png) {
    const bytes = decodeBase64(png[1]!);
    return bytes?.startsWith('\x89PNG\r\n\x1a\n') ? undefined : 'logo.src: not valid base64 PNG data';
  }
  const svg64 = /^data:image\/svg\+xml;base64,(.*)$/s.exec(src);
  if (svg64) {
    const text = decodeBase64(svg64[1]!);
    return text === undefined ? 'logo.src: not valid base64 SVG data' : svgProblem(text);
  }
  const svg = /^data:image\/svg\+xml(?:;charset=utf-8)?,(.*)$/is.exec(src);
  if (svg) {
    if (!percentEncoded.test(svg[1]!)) return 'logo.src: SVG data must be percent-encoded (encodeURIComponent)';
    let text: string;
    try {
      text = decodeURIComponent(svg[1]!);
    } catch {
      return 'logo.src: SVG data is not valid percent-encoding';
    }
    return svgProblem(text);
  }
  return kinds;
}

const dimension = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000;

/** Checks every part of a logo and reports each problem found. */
export function checkLogo(value: unknown): { value?: BrandLogo; problems: string[] } {
  if (value === undefined) return { problems: [] };
  if (typeof value !== 'object' || value === null) return { problems: ['logo: an object { src, alt, width, height }'] };
  const { src, alt, width, height } = value as Record<string, unknown>;
  const reasons: string[] = [];
  const srcProblem = checkSrc(src);
  if (srcProblem) reasons.push(srcProblem);
  if (typeof alt !== 'string' || alt.trim() === '') reasons.push('logo.alt: required, non-empty text naming what the logo shows (usually the organisation)');
  else if (alt.length > 150 || /[\u0000-\u001f\u007f]/.test(alt)) reasons.push('logo.alt: at most 150 characters, no control characters');
  if (!dimension(width) || !dimension(height)) reasons.push('logo.width and logo.height: whole CSS px from 1 to 1000');
  if (reasons.length) return { problems: reasons };
  return { problems: [], value: Object.freeze({ src: src as string, alt: (alt as string).trim(), width: width as number, height: height as number }) };
}
