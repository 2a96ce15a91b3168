import { contrastRatio, formatRatio } from '../contrast.js';
import { colourOf, contrastPairs } from '../contrastPairs.js';
import { makeThemeValues } from '../makeThemeValues.js';
import { dark } from '../themes/dark.js';
import { highContrast } from '../themes/highContrast.js';
import { light } from '../themes/light.js';
import { colourRoles, toneRoles, type ColourRole, type ColourToken, type ThemeValues, type ToneRole } from '../themeTypes.js';
import { tones, type Tone } from '../vars.css.js';
import { BrandError } from './BrandError.js';
import { brandCss } from './brandCss.js';
import { checkFontStack, checkHomeHref, checkName, checkRadius, checkSlug, type Checked } from './fields.js';
import { checkLogo } from './logo.js';
import { plainColour } from './plainColour.js';
import type { Brand, BrandInput } from './types.js';

const required = ['brand', 'textOnBrand', 'link', 'focusRing'] as const;
const isRole = (key: string): key is ColourRole => (colourRoles as readonly string[]).includes(key);
const isTone = (key: string): key is Tone => (tones as readonly string[]).includes(key);
const isToneRole = (key: string): key is ToneRole => (toneRoles as readonly string[]).includes(key);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Overlay {
  readonly color: Record<ColourRole, string>;
  readonly tone: Record<Tone, Record<ToneRole, string>>;
  /** Tokens whose value was refused; pairs with them are not measured. */
  readonly refused: Set<ColourToken>;
}

/** The base palette with the brand's colours laid over it; every refusal goes to `problems`. */
function overlay(base: ThemeValues, input: unknown, field: string, problems: string[]): Overlay {
  const color = { ...base.color };
  const tone = Object.fromEntries(tones.map((t) => [t, { ...base.tone[t] }])) as Record<Tone, Record<ToneRole, string>>;
  const refused = new Set<ColourToken>();
  const out = { color, tone, refused };
  if (!isObject(input)) {
    problems.push(`${field}: an object with at least ${required.join(', ')}`);
    return out;
  }
  for (const key of required) if (input[key] === undefined) problems.push(`${field}.${key}: required`);
  const take = (path: string, token: ColourToken, value: unknown, set: (hex: string) => void): void => {
    const result = plainColour(value);
    if (result.ok) set(result.hex);
    else {
      problems.push(`${path}: ${result.reason}`);
      refused.add(token);
    }
  };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (isRole(key)) take(`${field}.${key}`, `color.${key}`, value, (hex) => (color[key] = hex));
    else if (key === 'tones') {
      if (!isObject(value)) {
        problems.push(`${field}.tones: an object keyed by tone (${tones.join(', ')})`);
        continue;
      }
      for (const [t, roles] of Object.entries(value)) {
        if (!isTone(t) || !isObject(roles)) {
          problems.push(`${field}.tones.${t}: not a tone with colours (tones: ${tones.join(', ')})`);
          continue;
        }
        for (const [role, v] of Object.entries(roles)) {
          if (!isToneRole(role)) problems.push(`${field}.tones.${t}.${role}: unknown (use ${toneRoles.join(', ')})`);
          else if (v !== undefined) take(`${field}.tones.${t}.${role}`, `tone.${t}.${role}`, v, (hex) => (tone[t][role] = hex));
        }
      }
    } else problems.push(`${field}.${key}: unknown colour role (use ${colourRoles.join(', ')} or tones)`);
  }
  return out;
}

const label = (token: ColourToken): string => (token.startsWith('color.') ? token.slice('color.'.length) : token);

/** Every pair under its AA minimum, named with both colours and the ratio found. */
function contrastProblems(values: Overlay, prefix: string): string[] {
  const problems: string[] = [];
  for (const pair of contrastPairs) {
    if (values.refused.has(pair.fg) || values.refused.has(pair.bg)) continue;
    const fg = colourOf(values, pair.fg);
    const bg = colourOf(values, pair.bg);
    const ratio = contrastRatio(fg, bg);
    if (ratio < pair.min) {
      problems.push(`${prefix}${label(pair.fg)} (${fg}) on ${label(pair.bg)} (${bg}) has contrast ${formatRatio(ratio)}; needs ${pair.min}:1`);
    }
  }
  return problems;
}

const valueOr = <T>(checked: Checked<T | undefined>, fallback: T): T => (checked.ok && checked.value !== undefined ? checked.value : fallback);

const schemeOf = (background: string): 'light' | 'dark' => (contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? 'light' : 'dark');

/**
 * Turns a brand's typed raw values into a checked, ready-to-inline brand: the values are laid
 * over the built-in light (and, for `darkColors`, dark) theme and converted by the same
 * `makeThemeValues` as the built-in themes. Throws `BrandError` listing every problem: pairs
 * under 4.5:1 (text) or 3:1 (borders, focus ring, icons), colour values that are not plain
 * colours, a logo without alt text or with a non-inline source, and malformed fields.
 *
 * @example
 * const acme = defineBrand({ name: 'Acme', colors: { brand: '#1c2f5e', textOnBrand: '#fff', link: '#0b3f8f', focusRing: '#0b3f8f' } });
 * // <html class={`${themeClass.light} ${acme.className}`}> ... <style>{stylesheet.css}{acme.css}</style>
 */
export function defineBrand(input: BrandInput): Brand {
  if (!isObject(input)) throw new BrandError('(unnamed)', ['brand: an object with name and colors']);
  const problems: string[] = [];
  const collect = <T>(checked: Checked<T>): Checked<T> => {
    if (!checked.ok) problems.push(checked.reason);
    return checked;
  };
  const name = collect(checkName(input.name));
  const displayName = name.ok ? name.value : '(unnamed)';
  const slug = collect(checkSlug(input.slug, displayName));
  const homeHref = collect(checkHomeHref(input.homeHref));
  const font = collect(checkFontStack('font', input.font));
  const headingFont = collect(checkFontStack('headingFont', input.headingFont));
  const radius = collect(checkRadius(input.radius));
  const logo = checkLogo(input.logo);
  problems.push(...logo.problems);

  const colors = overlay(light, input.colors, 'colors', problems);
  const darkColors = input.darkColors === undefined ? undefined : overlay(dark, input.darkColors, 'darkColors', problems);
  problems.push(...contrastProblems(colors, ''));
  if (darkColors) problems.push(...contrastProblems(darkColors, 'darkColors: '));
  if (problems.length > 0) throw new BrandError(JSON.stringify(displayName), problems);

  const bodyFont = valueOr(font, light.font.body);
  const shared = (base: ThemeValues): ThemeValues => ({
    ...base,
    font: { body: bodyFont, heading: valueOr(headingFont, bodyFont), mono: base.font.mono },
    radius: valueOr(radius, base.radius),
  });
  const scheme = schemeOf(colors.color.background);
  const colorsValues: ThemeValues = { ...shared(light), colorScheme: scheme, color: colors.color, tone: colors.tone };
  const darkValues: ThemeValues | undefined = darkColors && { ...shared(dark), colorScheme: 'dark', color: darkColors.color, tone: darkColors.tone };
  const className = `errata-brand-${valueOr(slug, 'brand')}`;
  const css = brandCss({
    className,
    colors: { scheme, tokens: makeThemeValues(colorsValues) },
    ...(darkValues && { darkColors: makeThemeValues(darkValues) }),
    highContrast: makeThemeValues(shared(highContrast)),
  });
  const schemes = [...new Set([scheme, ...(darkValues ? ['dark' as const] : [])])];
  return Object.freeze({
    name: displayName,
    ...(homeHref.ok && homeHref.value !== undefined && { homeHref: homeHref.value }),
    ...(logo.value && { logo: logo.value }),
    className,
    css,
    colorScheme: schemes.length === 2 ? 'light dark' : schemes[0]!,
    values: Object.freeze({ colors: colorsValues, ...(darkValues && { darkColors: darkValues }) }),
  });
}
