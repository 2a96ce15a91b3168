import { builtinLocales, tones, type BuiltinLocale, type Tone } from '@errata/catalog';
import { themeNames, type ThemeName } from '@errata/tokens';

/** Preview settings carried on every demo link as query parameters (defaults first). */
export type DemoTheme = ThemeName | 'brand';
export const demoThemes: readonly DemoTheme[] = ['auto', ...themeNames.filter((theme) => theme !== 'auto'), 'brand'];
export type DemoTone = Tone;
export const demoTones: readonly DemoTone[] = ['neutral', ...tones.filter((tone) => tone !== 'neutral')];
export type DemoLanguage = BuiltinLocale;
export const demoLanguages: readonly DemoLanguage[] = builtinLocales;

export interface Preferences {
  readonly theme: DemoTheme;
  readonly tone: DemoTone;
  /** Undefined: negotiate from Accept-Language as a real client would. */
  readonly lang: DemoLanguage | undefined;
}

export const defaultPreferences: Preferences = { theme: 'auto', tone: 'neutral', lang: undefined };

export const themeLabels: Record<DemoTheme, string> = {
  auto: 'Automatic (follows the system)',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  brand: 'Example brand',
};
export const languageLabels: Record<DemoLanguage, string> = { en: 'English', es: 'Español', de: 'Deutsch', ar: 'العربية' };

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Unknown or repeated values fall back to the defaults rather than failing the page. */
export function readPreferences(url: string | undefined): Preferences {
  const params = new URL(url ?? '/', 'http://demo.invalid').searchParams;
  return {
    theme: pick(demoThemes, params.get('theme')) ?? defaultPreferences.theme,
    tone: pick(demoTones, params.get('tone')) ?? defaultPreferences.tone,
    lang: pick(demoLanguages, params.get('lang')),
  };
}

/** The non-default preferences as query parameters: also the hidden fields of a GET form, whose action loses its query. */
export function preferenceParams(prefs: Preferences): [name: string, value: string][] {
  const params: [string, string][] = [];
  if (prefs.theme !== defaultPreferences.theme) params.push(['theme', prefs.theme]);
  if (prefs.tone !== defaultPreferences.tone) params.push(['tone', prefs.tone]);
  if (prefs.lang) params.push(['lang', prefs.lang]);
  return params;
}

/** `path` with the non-default preferences appended, so a link keeps the chosen variant. */
export function withPreferences(path: string, prefs: Preferences): string {
  const hashAt = path.indexOf('#');
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  const [pathname = '/', query = ''] = (hashAt === -1 ? path : path.slice(0, hashAt)).split('?', 2);
  const params = new URLSearchParams(query);
  for (const [name, value] of preferenceParams(prefs)) params.set(name, value);
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}${hash}`;
}

export function preferencesKey(prefs: Preferences): string {
  return `${prefs.theme}|${prefs.tone}|${prefs.lang ?? ''}`;
}
