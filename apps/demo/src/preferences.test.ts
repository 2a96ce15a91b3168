import { describe, expect, it } from 'vitest';
import { readPreferences, withPreferences } from './preferences.js';

describe('preview preferences', () => {
  it('reads known values and falls back on unknown, repeated or hostile ones', () => {
    expect(readPreferences('/?theme=dark&tone=formal&lang=ar')).toEqual({ theme: 'dark', tone: 'formal', lang: 'ar' });
    expect(readPreferences('/?theme=%3Cscript%3E&tone=rude&lang=xx')).toEqual({ theme: 'auto', tone: 'neutral', lang: undefined });
    expect(readPreferences(undefined)).toEqual({ theme: 'auto', tone: 'neutral', lang: undefined });
  });

  it('carries non-default preferences on a link, keeping its own query and fragment', () => {
    const prefs = { theme: 'high-contrast', tone: 'friendly', lang: 'de' } as const;
    expect(withPreferences('/search?q=a+b#results', prefs)).toBe('/search?q=a+b&theme=high-contrast&tone=friendly&lang=de#results');
    expect(withPreferences('/', { theme: 'auto', tone: 'neutral', lang: undefined })).toBe('/');
    expect(withPreferences('/#upstream', { theme: 'brand', tone: 'neutral', lang: undefined })).toBe('/?theme=brand#upstream');
  });
});
