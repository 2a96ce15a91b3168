// Thresholds per tone. Designers edit these numbers; the tone guide explains each one.
import type { Tone } from '@errata/catalog';
import type { FindingSeverity } from '../types.js';

export interface ToneConfig {
  /** Flesch–Kincaid grade above which the body gets a warning (RD-01). */
  readonly gradeWarn: number;
  /** Grade above which the body is an error, any tone (RD-01). */
  readonly gradeError: number;
  /** `age` option of retext-readability (RD-01, per sentence). */
  readonly readabilityAge: number;
  /** Severity of a plain-word hit (RD-02). */
  readonly plainWordSeverity: FindingSeverity;
  /** How many "please" a message may hold (TN-06). */
  readonly pleaseMax: number;
}

export const toneConfig: Readonly<Record<Tone, ToneConfig>> = {
  friendly: { gradeWarn: 7, gradeError: 12, readabilityAge: 14, plainWordSeverity: 'warning', pleaseMax: 1 },
  neutral: { gradeWarn: 7, gradeError: 12, readabilityAge: 14, plainWordSeverity: 'warning', pleaseMax: 0 },
  formal: { gradeWarn: 9, gradeError: 12, readabilityAge: 16, plainWordSeverity: 'info', pleaseMax: 1 },
};

export const lengthLimits = {
  titleWords: { warn: 6, error: 10 },
  sentenceWords: { warn: 20, error: 25 },
  messageWords: { warn: 60, error: 75 },
  sentencesPerField: { description: 2, nextSteps: 3, alternative: 2 },
  /** Body words below which no grade is computed (FK is unstable on very short text). */
  gradeMinWords: 12,
  /** Characters per English word, to turn word limits into character limits for other locales. */
  charsPerWord: 6.5,
  titleEchoOverlap: 0.6,
  titleEchoNewWords: 2,
  /** retext-readability: share of its 7 formulas that must agree (tone rules start at 4/7). */
  readabilityThreshold: 5 / 7,
  /** retext-readability: words a sentence needs before the formulas judge it (they swing wildly on a handful of words). */
  readabilityMinWords: 8,
} as const;
