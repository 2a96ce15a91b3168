// Shapes the linter reads. They are the structural subset of the catalog contract
// (docs/architecture.md) that the rules need, so the linter also accepts raw entry inputs
// (the CLI lints a file of copy even when defineCatalog refuses it). The vocabulary (tones,
// causes, ...) is the catalog's own.
import type { ArgType, Cause, EntryKind, LinkField, Severity, Suppression, Tone, ValuelessCopy } from '@errata/catalog';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** A suppression as written in raw input: its `field` is checked by the linter (SP-01), not by type. */
export type LintableSuppression = Omit<Suppression, 'field'> & { readonly field?: string };

export interface LintableMessageSet {
  readonly title: string;
  readonly description: string;
  readonly nextSteps: readonly string[];
  readonly alternative?: string;
  /** Shown instead of description and/or steps when a value they print is missing; linted as shown. */
  readonly withoutValues?: ValuelessCopy;
  readonly suppress?: readonly LintableSuppression[];
}

export interface LintableEntry {
  readonly code: string;
  readonly kind?: EntryKind;
  readonly status: number;
  readonly cause: Cause;
  readonly severity: Severity;
  readonly causeKnown: boolean;
  readonly permanent?: boolean;
  readonly transactional?: boolean;
  readonly args?: Readonly<Record<string, ArgType>>;
  readonly links?: Readonly<Partial<Record<LinkField, string>>>;
  readonly messages: Readonly<Record<string, Readonly<Partial<Record<Tone, LintableMessageSet>>>>>;
}

export interface LintableCatalog {
  readonly codes: readonly string[];
  readonly locales: readonly string[];
  get(code: string): LintableEntry;
  /** The catalog's own choice of informal friendly address (`defineCatalog`'s `informalAddress`). */
  readonly informalAddress?: readonly string[];
}

export interface LintFinding {
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly code: string;
  readonly locale: string;
  readonly tone: Tone;
  /**
   * `title`, `description`, `nextSteps[0]`, `alternative`, `withoutValues.description`,
   * `withoutValues.nextSteps[0]`, or `*` for the whole message set.
   */
  readonly field: string;
  /** Plural/select branch combination the finding was seen in, e.g. `seconds=one`. */
  readonly branch?: string;
  readonly text: string;
  readonly message: string;
  readonly expected?: string;
  readonly url: string;
  /** Set when a suppression in the message set covers this finding. */
  readonly suppressed?: { readonly reason: string };
}

export interface MessageGrade {
  readonly code: string;
  readonly locale: string;
  readonly tone: Tone;
  /** Flesch–Kincaid grade of the body (English only; `null` elsewhere). */
  readonly grade: number | null;
}

export interface LintReport {
  /** Every finding, suppressed ones included (they carry `suppressed`). */
  readonly findings: readonly LintFinding[];
  readonly messages: readonly MessageGrade[];
}

export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly suppressed: number;
  readonly messages: number;
}

export interface LintOptions {
  readonly locales?: readonly string[];
  readonly tones?: readonly Tone[];
  readonly codes?: readonly string[];
  /** Locales whose friendly tone may use the informal pronoun (de `du`, es `tú`, fr `tu`). Default: the catalog's `informalAddress`, else none. */
  readonly informalAddress?: readonly string[];
  /** Base of finding urls; default `toneGuideUrl` (the tone guide on GitHub). */
  readonly guideUrl?: string;
}
