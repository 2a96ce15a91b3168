// The catalog model: the taxonomy every entry is classified by, the shape of its messages and the
// shape of a defined (validated, frozen) catalog. Runtime lists live next to the types they name so
// validation and the types cannot drift apart.

/** Message tone (the brand register), not the banner tone. Neutral is the default. */
export const tones = ['friendly', 'neutral', 'formal'] as const;
export type Tone = (typeof tones)[number];
/** The tone a missing tone falls back to (in the same locale), so every written locale has it. */
export const fallbackTone = 'neutral' satisfies Tone;

export const builtinLocales = ['en', 'es', 'de', 'ar'] as const;
export type BuiltinLocale = (typeof builtinLocales)[number];

export const causes = ['client', 'system', 'upstream'] as const;
export type Cause = (typeof causes)[number];

export const recoverabilities = ['transient', 'user-fixable', 'permanent'] as const;
export type Recoverability = (typeof recoverabilities)[number];

export const severities = ['low', 'medium', 'high'] as const;
export type Severity = (typeof severities)[number];

export const userActions = ['retry', 'wait', 'sign-in', 'fix-input', 'go-back', 'contact-support', 'upgrade'] as const;
export type UserAction = (typeof userActions)[number];

export const linkKeys = ['home', 'support', 'status', 'signIn', 'back', 'retry'] as const;
export type LinkKey = (typeof linkKeys)[number];

/**
 * Declared placeholder types. `string` args may be used as `{x}` or `{x, select, ...}`;
 * `number` args as `{x}`, `{x, number}` or `{x, plural, ...}`; `date` and `time` args as
 * `{x, date, ...}` or `{x, time, ...}` (a moment has both a date and a time).
 */
export const argTypes = ['string', 'number', 'date', 'time'] as const;
export type ArgType = (typeof argTypes)[number];

export const bannerTones = ['info', 'success', 'warning', 'critical', 'degraded'] as const;
export type BannerTone = (typeof bannerTones)[number];

export const entryKinds = ['error', 'notice'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** The message fields, in reading order. */
export const messageFields = ['title', 'description', 'nextSteps', 'alternative'] as const;
export type MessageField = (typeof messageFields)[number];

/** Fields that may carry a `<link>` tag (the title is plain text). */
export const linkFields = ['description', 'nextSteps', 'alternative'] as const;
export type LinkField = (typeof linkFields)[number];

/** A copy-lint rule switched off for one message, with the reason a reviewer can read. */
export interface Suppression {
  readonly rule: string;
  readonly field?: MessageField | `withoutValues.${ValuelessField}`;
  readonly reason: string;
}

/** One tone of one locale of one entry: ICU MessageFormat strings. */
export interface MessageSet {
  readonly title: string;
  readonly description: string;
  /** 1..3 items, rendered as a list, each one sentence. */
  readonly nextSteps: readonly string[];
  /** The alternative path, e.g. contact support. */
  readonly alternative?: string;
  /**
   * Copy for when a value the description or steps print is not known (a 503 thrown without a
   * time): the field whose message would show a `[name]` placeholder is replaced by this one,
   * and title and alternative stay. A page must never show `[availableAt]` to a person, and only
   * the writer can say the same thing well without the time, so it is copy, not a fallback rule.
   * These messages print no argument (a select such as `answersSaved` still picks its branch).
   */
  readonly withoutValues?: ValuelessCopy;
  readonly suppress?: readonly Suppression[];
}

/** The fields of a message set that have a `withoutValues` replacement. */
export const valuelessFields = ['description', 'nextSteps'] as const;
export type ValuelessField = (typeof valuelessFields)[number];

/** `MessageSet.withoutValues`: a description and/or steps that need no printed value. */
export interface ValuelessCopy {
  readonly description?: string;
  /** 1..3 items, like `nextSteps`; replaces the whole list. */
  readonly nextSteps?: readonly string[];
}

export interface OperatorNotes {
  /** One line for the on-call engineer. */
  readonly summary: string;
  /** The component that raises or owns the error. */
  readonly component: string;
  readonly remediation: string;
  /** http(s) URL of the runbook. */
  readonly runbook?: string;
}

export interface CatalogEntryInput {
  /** Stable UPPER_SNAKE code, e.g. `RATE_LIMITED`. */
  readonly code: string;
  /** `notice` is a banner state, not a request error (e.g. DEGRADED). Default `error`. */
  readonly kind?: EntryKind;
  /** 400..599 for errors; 200 for notices. */
  readonly status: number;
  /** Lower-kebab group, e.g. 'client-input', 'auth', 'rate-limit', 'availability'. */
  readonly category: string;
  readonly cause: Cause;
  readonly recoverability: Recoverability;
  readonly severity: Severity;
  readonly action: UserAction;
  /** False when the copy cannot say what went wrong (allows "Something went wrong"). */
  readonly causeKnown: boolean;
  /** The condition will not clear by waiting (e.g. a service closed for good). */
  readonly permanent?: boolean;
  /** The user may have been part-way through entering something (copy says what happened to it). */
  readonly transactional?: boolean;
  /** Tone when shown as a banner. Required for notices; errors default by severity/status. */
  readonly bannerTone?: BannerTone;
  /** Typed placeholders. Every placeholder in the messages must be declared here. */
  readonly args?: Readonly<Record<string, ArgType>>;
  /** Target of `<link>` tags, per field. */
  readonly links?: Readonly<Partial<Record<LinkField, LinkKey>>>;
  readonly operator: OperatorNotes;
  /** When it happens, for the error reference. */
  readonly when: string;
  /**
   * Per locale (BCP 47), per tone. `en` (the source locale) is required, and `neutral` in every
   * locale written. A missing locale falls back to its base language, then `en`; a missing tone
   * to `neutral` (`errata lint` warns about each gap: CV-01, CV-02).
   */
  readonly messages: Readonly<Record<string, MessagesByTone>>;
}

/** One locale's message sets: `neutral` always, the other tones where written. */
export type MessagesByTone = Readonly<{ neutral: MessageSet } & Partial<Record<Exclude<Tone, 'neutral'>, MessageSet>>>;

/** An entry after validation: defaults filled in, deeply frozen. */
export interface CatalogEntry<Code extends string = string> {
  readonly code: Code;
  readonly kind: EntryKind;
  readonly status: number;
  readonly category: string;
  readonly cause: Cause;
  readonly recoverability: Recoverability;
  readonly severity: Severity;
  readonly action: UserAction;
  readonly causeKnown: boolean;
  readonly permanent: boolean;
  readonly transactional: boolean;
  readonly bannerTone: BannerTone;
  readonly args: Readonly<Record<string, ArgType>>;
  readonly links: Readonly<Partial<Record<LinkField, LinkKey>>>;
  readonly operator: OperatorNotes;
  readonly when: string;
  readonly messages: Readonly<Record<string, MessagesByTone>>;
}

/** Chrome words per locale (not per code). ICU strings, formatted with `formatUi`. */
export interface UiStrings {
  /** Label before the support reference, e.g. "Reference". */
  readonly reference: string;
  /** "Quote this reference if you contact support." */
  readonly quoteReference: string;
  /** Status page link text. */
  readonly statusPage: string;
  /** Home link text. */
  readonly home: string;
  /** Banner dismiss button label. */
  readonly dismiss: string;
  /** ICU with `{seconds, plural, ...}`. */
  readonly retryAfterSeconds: string;
  /** ICU with `{time, time, short}`. */
  readonly retryAt: string;
  /** Heading of the diagnostics panel. */
  readonly diagnostics: string;
  readonly tryAgain: string;
  readonly signIn: string;
  readonly goBack: string;
  readonly contactSupport: string;
  /** Skip link to the main content. */
  readonly skipToContent: string;
  /** Footer line, ICU with `{brandName}`. */
  readonly footer: string;
  /**
   * Title of the list of validation errors on a page ("Answers to check"). Optional, so catalogs
   * written before it still load: a locale without it uses the built-in words for that language.
   */
  readonly errorSummary?: string;
}
export type UiKey = keyof UiStrings;

export interface Catalog<Code extends string = string> {
  readonly codes: readonly Code[];
  /** Every locale the catalog has messages in; the source locale first. */
  readonly locales: readonly string[];
  readonly sourceLocale: 'en';
  /** Entries in definition order (extended entries first, overrides in place). */
  readonly entries: readonly CatalogEntry<Code>[];
  /** The entry for a code; throws a CatalogError naming an unknown code. */
  get(code: Code): CatalogEntry<Code>;
  has(code: string): code is Code;
  /** First error entry with that status. */
  byStatus(status: number): CatalogEntry<Code> | undefined;
  /** UI chrome strings for one locale of this catalog, if it has them (no fallback). */
  uiFor(locale: string): UiStrings | undefined;
  /**
   * Locales whose friendly tone addresses the reader informally (es *tú*, de *du*): a brand choice
   * the copy linter reads as its default `informalAddress`. Built-in: `['es']`.
   */
  readonly informalAddress: readonly string[];
}

/** Formatted rich text: plain strings and link parts. Never HTML. */
export type RichText = readonly (string | { readonly tag: LinkKey; readonly children: string })[];

export interface FormattedMessage {
  readonly code: string;
  /** The locale whose copy is shown, after fallback (`messageSetFor`). */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  /** The tone whose copy is shown: the one asked for, or neutral when the entry lacks it. */
  readonly tone: Tone;
  /** Plain text. */
  readonly title: string;
  readonly description: RichText;
  readonly nextSteps: readonly RichText[];
  readonly alternative?: RichText;
}
