import { layoutCspDirectives, type PartsOptions } from '../types.js';

export type CspSources = NonNullable<PartsOptions['csp']>;

// A source expression as CSP writes it: no whitespace, no `;` or `,` (which would start another
// directive or policy), printable ASCII, bounded.
const sourcePattern = /^[!-+\-.-:<-~]{1,300}$/;

/**
 * The sources a layout asks for, checked once when the adapter (or `renderParts`) gets them: a
 * bad one throws a TypeError naming it, so a typo fails at start-up rather than on an error page.
 */
export function checkCspSources(value: unknown, where: string): CspSources | undefined {
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${where}: csp must be an object of directive -> sources`);
  const out: Record<string, readonly string[]> = {};
  for (const [directive, sources] of Object.entries(value)) {
    if (!(layoutCspDirectives as readonly string[]).includes(directive)) {
      throw new TypeError(`${where}: csp directive "${directive.slice(0, 40)}" is not one a layout can widen (${layoutCspDirectives.join(', ')})`);
    }
    if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string' || !sourcePattern.test(s))) {
      throw new TypeError(`${where}: csp["${directive}"] must be a list of CSP sources such as "'self'" or "https://cdn.example.com"`);
    }
    out[directive] = [...sources];
  }
  return out;
}

/**
 * The policy with the layout's sources added: appended to a directive errata sets (its `'none'`
 * dropped), or a directive of their own. A policy with nothing to add is returned as it is.
 */
export function widenCsp(policy: string, extra: CspSources | undefined): string {
  if (!extra) return policy;
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  for (const [name, sources] of Object.entries(extra)) {
    if (!sources || sources.length === 0) continue;
    const current = (directives.get(name) ?? []).filter((s) => s !== "'none'");
    directives.set(name, [...current, ...sources.filter((s) => !current.includes(s))]);
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
