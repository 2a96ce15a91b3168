// What happened to the person's answers, joined to the sentence before it as whole sentences in
// every branch (ICU: a message is translated as one unit). No branch is empty, so no value, or a
// missing one, can leave an empty slot or a stray space in the description.

/** The answers sentence for each value of `answersSaved`. */
export interface AnswersCopy {
  readonly yes: string;
  readonly no: string;
}

/** `lead` alone when `answersSaved` is missing or unknown, `lead` plus the answers sentence otherwise. */
export function withAnswers(lead: string, answers: AnswersCopy): string {
  return `{answersSaved, select, yes {${lead} ${answers.yes}} no {${lead} ${answers.no}} other {${lead}}}`;
}
