/**
 * Secret-shaped text and how to blank it. Each regex is linear on any input: quantifiers have
 * explicit upper bounds, none is nested inside another, and token patterns start with a
 * negative lookbehind so a long run of token characters is tried from its first character only
 * (not from every position inside it). Callers cap the input before any of this runs.
 */

import { type CompiledRule, rulesFor } from './rules/index.js';

export { passesLuhn } from './rules/validators.js';

export const REDACTED = '[REDACTED]';

type Rule = {
  /** Lower-case fragments of which a match must contain one: a cheap skip for the common case. */
  readonly hints?: readonly string[];
} & (
  | { readonly pattern: RegExp; readonly replace: string | ((match: string, ...args: unknown[]) => string) }
  /** For a rule that must choose where the next match may start (one regex replace cannot). */
  | { readonly scan: (text: string) => string }
);

/** Key names whose value is a secret when they appear as `key=value` / `"key": "value"` in text. */
const secretKeyWords =
  'password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|account[_-]?key|private[_-]?key|credentials?|session[_-]?id|csrf|xsrf|signature';

/** Query parameter names (folded: lower case, no `-`/`_`) whose values are secrets. */
const sensitiveParams = new Set([
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'apikey',
  'key',
  'password',
  'passwd',
  'pwd',
  'secret',
  'clientsecret',
  'signature',
  'sig',
  'code',
  'session',
  'sessionid',
  'sid',
  'auth',
  'jwt',
  'credential',
  'xamzsignature',
  'xamzcredential',
  'xamzsecuritytoken',
  'privatekey',
]);
// `verifier`: OAuth 1.0a's oauth_verifier and PKCE's code_verifier.
const sensitiveParamWords = /token|secret|passw|signature|credential|apikey|session|verifier/;

/** Whether a query parameter of this name carries a secret (`code`, `sig`, `key`, `*token*`...). */
export function isSensitiveParam(name: string): boolean {
  const folded = name.toLowerCase().replace(/[-_]/g, '');
  return sensitiveParams.has(folded) || sensitiveParamWords.test(folded);
}

/**
 * A query parameter starts at `?`, `&` or `;` and `name=` (or `#`: an implicit-grant OAuth
 * callback carries `#access_token=…` in the fragment), or at their percent-encoded forms
 * (`%3F`/`%26` and `name%3D`, once or twice encoded) as in a URL carried inside another URL's
 * parameter (`?next=https%3A%2F%2Fapi%2Fcb%3Fkey%3D…`).
 */
const paramStart = /([?&;#]|%(?:25)?(?:3[Ff]|26))([A-Za-z0-9_.[\]-]{1,64})(=|%(?:25)?3[Dd])/g;
/** A value written as-is ends at the next `&`, `#`, space, quote or angle bracket. */
const plainValue = /[^&#\s"'<>]{1,2048}/y;
/** An encoded value also ends at an encoded `&` or `#` (`%26`, `%23`, or `%2526`, `%2523`). */
const encodedValue = /(?:[^&#\s"'<>%]|%(?!26|23|2526|2523)){1,2048}/y;

/**
 * Blanks the values of sensitive query parameters wherever one starts in the text. After an
 * ordinary parameter the search resumes right after its `=`, not after its value, so a URL
 * nested in that value (`?next=https://api/cb?key=…`) has its own parameters checked; after a
 * sensitive one it resumes after the blanked value.
 */
function redactQueryParams(text: string): string {
  let out = '';
  let last = 0;
  paramStart.lastIndex = 0;
  for (let match = paramStart.exec(text); match !== null; match = paramStart.exec(text)) {
    const [start, separator = '', name = '', equals = ''] = match;
    if (!isSensitiveParam(name)) continue;
    const valueStart = match.index + start.length;
    const value = separator.startsWith('%') || equals !== '=' ? encodedValue : plainValue;
    value.lastIndex = valueStart;
    if (!value.test(text)) continue;
    out += text.slice(last, valueStart) + REDACTED;
    last = value.lastIndex;
    paramStart.lastIndex = last;
  }
  return out + text.slice(last);
}

/** A lone word such as "expired" or "missing.": prose after `token:`, not a token. */
const proseWord = /^[A-Za-z][a-z]{1,15}[.!?]?$/;

/**
 * `key: value` / `key=value` / `"key": "value"` for a secret-sounding key, value blanked. One
 * exception keeps error prose readable: after the bare word `token` and a plain `:` (no quote,
 * no `=`), a lone lower-case word (`Invalid token: expired`) is left; anything with a digit,
 * a symbol, inner capitals or over 16 letters is still blanked.
 */
function redactAssignment(match: string, ...args: unknown[]): string {
  const [key, separator, scheme, value, offset, whole] = args as [string, string, string, string, number, string];
  const before = offset > 0 ? whole.charAt(offset - 1) : '';
  const bareToken = key.toLowerCase() === 'token' && !/[A-Za-z0-9_.-]/.test(before);
  if (bareToken && separator.trim() === ':' && scheme === '' && proseWord.test(value)) return match;
  return `${key}${separator}${scheme}${REDACTED}`;
}

const rules: readonly Rule[] = [
  // Whole header lines: an Authorization or Cookie value may hold spaces and `;`.
  { hints: ['authorization'], pattern: /((?:proxy-)?authorization["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)[^\r\n"']{1,4096}/gi, replace: `$1${REDACTED}` },
  { hints: ['cookie'], pattern: /((?:set-)?cookie["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)[^\r\n"']{1,4096}/gi, replace: `$1${REDACTED}` },
  // scheme://user:pass@host -> scheme://[REDACTED]@host (greedy to the last @ of the authority).
  { hints: ['://'], pattern: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)[^\s/?#"'<>]{1,512}@/g, replace: `$1${REDACTED}@` },
  { hints: ['=', '%3d'], scan: redactQueryParams },
  {
    pattern: new RegExp(
      `((?:${secretKeyWords})[A-Za-z0-9_.-]{0,40})(["']?[ \\t]{0,8}[:=][ \\t]{0,8}["']?)((?:(?:bearer|basic|digest|token)[ \\t]{1,8})?)(?!\\[REDACTED\\])([^\\s"'&,;<>)}\\]]{1,1024})`,
      'gi',
    ),
    replace: redactAssignment,
  },
  { hints: ['bearer'], pattern: /\b(bearer)[ \t]{1,8}[A-Za-z0-9\-._~+/]{1,4096}={0,4}/gi, replace: `$1 ${REDACTED}` },
  // Basic credentials outside a header line: base64 with a digit, `+`, `/` or padding, so that
  // prose such as "Basic authentication" survives.
  { hints: ['basic'], pattern: /\b(Basic|BASIC|basic)[ \t]{1,8}(?=[A-Za-z0-9+/]{0,4096}[0-9+/=])[A-Za-z0-9+/]{6,4096}={0,2}/g, replace: `$1 ${REDACTED}` },
  { hints: ['eyj'], pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{2,8192}\.[A-Za-z0-9_-]{0,4096}/g, replace: REDACTED },
  // Any Slack token shape: gitleaks' Slack rules want the full-length tail, so a token cut short
  // in a log line would get through them.
  { hints: ['xox'], pattern: /(?<![A-Za-z0-9-])xox[abposre]-[A-Za-z0-9-]{10,255}/g, replace: REDACTED },
  // Stripe webhook signing secrets: not in gitleaks' rule set.
  { hints: ['whsec_'], pattern: /(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/=]{20,255}/g, replace: REDACTED },
];

/**
 * Runs one rule from the rule sets (rules/index.ts). A `keep` group (a key name before the value)
 * stays visible. A rule with a validator blanks only what the check accepts, and the search
 * goes on right after it (or one character on, when the check refuses), so a valid value just
 * after a refused one is still found.
 */
function applyDataRule(text: string, rule: CompiledRule): string {
  const { regex, validate } = rule;
  regex.lastIndex = 0;
  if (validate === undefined) {
    return text.replace(regex, (_match: string, ...args: unknown[]) => {
      const groups = args.at(-1);
      const keep = typeof groups === 'object' && groups !== null ? (groups as { keep?: string }).keep : undefined;
      return keep === undefined ? REDACTED : keep + REDACTED;
    });
  }
  let out = '';
  let last = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const keep = match.groups?.keep ?? '';
    const start = match.index + keep.length;
    const length = validate(match[0].slice(keep.length));
    if (length === 0) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    out += text.slice(last, start) + REDACTED;
    last = start + length;
    regex.lastIndex = last;
  }
  return last === 0 ? text : out + text.slice(last);
}

const pemBegin = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;

/** Blanks private-key PEM blocks; an unterminated block is blanked to the end of the text. */
function redactPem(text: string): string {
  if (!text.includes('-----BEGIN ')) return text;
  let out = '';
  let last = 0;
  pemBegin.lastIndex = 0;
  for (let match = pemBegin.exec(text); match !== null; match = pemBegin.exec(text)) {
    const endMarker = text.indexOf('-----END ', match.index + match[0].length);
    const close = endMarker === -1 ? -1 : text.indexOf('-----', endMarker + 9);
    const end = close === -1 || close - endMarker > 80 ? text.length : close + 5;
    out += text.slice(last, match.index) + REDACTED;
    last = end;
    pemBegin.lastIndex = end;
  }
  return out + text.slice(last);
}

/** Applies the built-in rules, then the caller's extra patterns. `text` must already be capped. */
export function redactSecrets(text: string, extra: readonly RegExp[]): string {
  let out = redactPem(text);
  // Hints are checked against the text before any replacement: a replacement only removes text
  // or inserts `[REDACTED]`, so it cannot create a match whose hint was absent.
  const lower = out.toLowerCase();
  for (const rule of rules) {
    if (rule.hints !== undefined && !rule.hints.some((hint) => lower.includes(hint))) continue;
    if ('scan' in rule) {
      out = rule.scan(out);
      continue;
    }
    rule.pattern.lastIndex = 0;
    out = typeof rule.replace === 'string' ? out.replace(rule.pattern, rule.replace) : out.replace(rule.pattern, rule.replace);
  }
  for (const rule of rulesFor(lower)) out = applyDataRule(out, rule);
  for (const pattern of extra) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, REDACTED);
  }
  return out;
}
