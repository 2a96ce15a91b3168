// The rule ids, names and default severities from the tone guide. Finding urls anchor into
// docs/tone-guide.md with `#<id in lower case>` (e.g. `#tn-04`); a test keeps the two in step.

/**
 * Where finding urls point by default: the tone guide in the repository, as an absolute URL, so a
 * link printed by an installed `errata lint` or shown in Storybook opens wherever it is read (a
 * repository path would resolve against nothing in a user's project). `guideUrl` replaces it.
 */
export const toneGuideUrl = 'https://github.com/errata-dev/errata/blob/main/docs/tone-guide.md';

export interface RuleInfo {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** English-only rules do not run on other locales. */
  readonly englishOnly: boolean;
}

export const rules = [
  { id: 'ST-01', name: 'structure/required-fields', summary: 'Title, description and next steps are present', englishOnly: false },
  { id: 'ST-02', name: 'structure/actionable-next-step', summary: 'At least one next step is an instruction', englishOnly: false },
  { id: 'ST-03', name: 'structure/recovery-info', summary: 'Return time, wait, and what happened to the input', englishOnly: false },
  { id: 'ST-04', name: 'structure/consistent-help', summary: 'The same help route across codes', englishOnly: false },
  { id: 'ST-05', name: 'structure/no-title-echo', summary: 'The description does not restate the title', englishOnly: false },
  { id: 'LN-01', name: 'length/title', summary: 'Short titles', englishOnly: false },
  { id: 'LN-02', name: 'length/sentences-per-field', summary: 'Few sentences per field', englishOnly: false },
  { id: 'LN-03', name: 'length/sentence-words', summary: 'Short sentences', englishOnly: false },
  { id: 'LN-04', name: 'length/message-words', summary: 'Short messages', englishOnly: false },
  { id: 'RD-01', name: 'readability/grade', summary: 'Reading grade', englishOnly: true },
  { id: 'RD-02', name: 'readability/plain-words', summary: 'Plain words', englishOnly: true },
  { id: 'TN-01', name: 'tone/no-technical-jargon', summary: 'No status codes or jargon', englishOnly: false },
  { id: 'TN-02', name: 'tone/no-blame', summary: 'Do not blame the user', englishOnly: true },
  { id: 'TN-03', name: 'tone/no-harsh-words', summary: 'No dramatic or alarming words', englishOnly: false },
  { id: 'TN-04', name: 'tone/no-humour', summary: 'No jokes, interjections or emoji', englishOnly: false },
  { id: 'TN-05', name: 'tone/apology', summary: 'Apologise only when at fault, once', englishOnly: false },
  { id: 'TN-06', name: 'tone/please', summary: '"Please" only where it belongs', englishOnly: false },
  { id: 'TN-07', name: 'tone/no-vague-cause', summary: 'Say what happened', englishOnly: false },
  { id: 'TN-08', name: 'tone/no-condescension', summary: 'Do not talk down', englishOnly: false },
  { id: 'TN-09', name: 'tone/register', summary: 'Mechanics of each tone', englishOnly: false },
  { id: 'MC-01', name: 'mechanics/no-shouting', summary: 'No exclamation marks or capitals', englishOnly: false },
  { id: 'MC-02', name: 'mechanics/case-and-punctuation', summary: 'Sentence case and punctuation', englishOnly: false },
  { id: 'MC-03', name: 'mechanics/passive-voice', summary: 'Active voice', englishOnly: true },
  { id: 'IN-01', name: 'inclusive/equality-profanity', summary: 'Inclusive language, no profanity', englishOnly: false },
  { id: 'IC-01', name: 'icu/well-formed', summary: 'Well-formed ICU', englishOnly: false },
  { id: 'SP-01', name: 'suppress/needs-reason', summary: 'Every suppression names a known rule and a reason', englishOnly: false },
  { id: 'CV-01', name: 'coverage/missing-translation', summary: 'A code has copy in every catalog locale', englishOnly: false },
  { id: 'CV-02', name: 'coverage/missing-tone', summary: 'A code has copy in every tone', englishOnly: false },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof rules)[number]['id'];

export function anchorOf(ruleId: string): string {
  return ruleId.toLowerCase();
}

/** Finds a rule by id (`TN-04`) or name (`tone/no-humour`). */
export function findRule(key: string): RuleInfo | undefined {
  const k = key.trim().toLowerCase();
  return rules.find((r) => r.id.toLowerCase() === k || r.name === k);
}
