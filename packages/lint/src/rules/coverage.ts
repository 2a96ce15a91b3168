// CV-01 and CV-02: copy a code does not have. A catalog accepts a code written in some locales or
// tones only (a brand's own code is often English-only at first); pages fall back, and these
// rules make every gap visible as a warning, so nothing is silently shown in the wrong language.
import { fallbackTone, messageSetFor, type Tone } from '@errata/catalog';
import type { LintableEntry } from '../types.js';

export interface CoverageGap {
  readonly ruleId: 'CV-01' | 'CV-02' | 'ST-01';
  readonly severity: 'warning' | 'error';
  readonly tone: Tone;
  readonly message: string;
}

/**
 * The gaps of one code in one catalog locale, for the tones asked about: no copy in the locale at
 * all (CV-01, once, reported on the neutral tone), a tone missing (CV-02), or no neutral tone to
 * fall back to (ST-01, an error: `defineCatalog` refuses it, but raw entries can have it).
 */
export function coverageGaps(entry: LintableEntry, locale: string, tones: readonly Tone[]): CoverageGap[] {
  const messages = entry.messages ?? {};
  const byTone = Object.hasOwn(messages, locale) ? messages[locale] : undefined;
  if (!byTone) {
    const shown = fallbackLocale(entry, locale);
    return [
      {
        ruleId: shown ? 'CV-01' : 'ST-01',
        severity: shown ? 'warning' : 'error',
        tone: fallbackTone,
        message: shown
          ? `No ${locale} copy for this code: ${locale} readers see the ${shown} copy. Translate it, or accept the fallback.`
          : `There is no ${locale} copy and no source-locale copy to fall back to.`,
      },
    ];
  }
  const gaps: CoverageGap[] = [];
  for (const tone of tones) {
    if (byTone[tone]) continue;
    gaps.push(
      tone === fallbackTone || !byTone[fallbackTone]
        ? { ruleId: 'ST-01', severity: 'error', tone, message: `There is no ${tone} message in ${locale}, and no neutral one to fall back to.` }
        : {
            ruleId: 'CV-02',
            severity: 'warning',
            tone,
            message: `No ${tone} copy in ${locale}: the ${tone} tone shows the neutral copy. Write it, or accept neutral.`,
          },
    );
  }
  return gaps;
}

/** The locale whose copy a missing locale shows (base language, then `en`), if any. */
function fallbackLocale(entry: LintableEntry, locale: string): string | undefined {
  try {
    return messageSetFor(entry as Parameters<typeof messageSetFor>[0], locale, fallbackTone)?.locale;
  } catch {
    return undefined;
  }
}
