// LN-01..04. English counts words; other languages count characters with an expansion
// allowance (German runs about a third longer than English), because word counts do not
// carry across languages (German compounds, Arabic clitics).
import { lengthLimits } from '../config/tones.js';
import { branchOf, primaryTexts, variantsOf, type MessageContext, type MessageRule } from '../context.js';
import { countChars, countTitleWords, countWords, sentences } from '../text.js';
import type { FindingSeverity } from '../types.js';

interface Measure {
  readonly value: number;
  readonly unit: 'words' | 'characters';
  readonly warn: number;
  readonly error: number;
}

function measure(ctx: MessageContext, text: string, limits: { warn: number; error: number }, title = false): Measure {
  if (ctx.english) return { value: title ? countTitleWords(text, ctx.locale) : countWords(text), unit: 'words', ...limits };
  const factor = lengthLimits.charsPerWord * (ctx.words?.expansion ?? 1.3);
  return { value: countChars(text), unit: 'characters', warn: Math.round(limits.warn * factor), error: Math.round(limits.error * factor) };
}

function over(m: Measure): FindingSeverity | undefined {
  if (m.value > m.error) return 'error';
  if (m.value > m.warn) return 'warning';
  return undefined;
}

export const titleLength: MessageRule = (ctx, emit) => {
  for (const { field, variant } of variantsOf(ctx, ['title'])) {
    const m = measure(ctx, variant.text, lengthLimits.titleWords, true);
    const severity = over(m);
    if (severity) {
      emit({
        ruleId: 'LN-01',
        severity,
        field: field.field,
        branch: branchOf(field, variant),
        text: variant.text,
        message: `The title has ${m.value} ${m.unit} (warn over ${m.warn}, error over ${m.error}). Aim for three or four words.`,
      });
    }
  }
};

export const sentencesPerField: MessageRule = (ctx, emit) => {
  const limits = lengthLimits.sentencesPerField;
  for (const { field, variant } of primaryTexts(ctx, ['description', 'alternative'])) {
    const limit = field.kind === 'description' ? limits.description : limits.alternative;
    const n = sentences(variant.text).length;
    if (n > limit)
      emit({ ruleId: 'LN-02', severity: 'warning', field: field.field, text: variant.text, message: `${n} sentences; keep the ${field.kind} to ${limit}.` });
  }
  const steps = primaryTexts(ctx, ['nextSteps']);
  const total = steps.reduce((sum, s) => sum + sentences(s.variant.text).length, 0);
  if (total > limits.nextSteps) {
    emit({
      ruleId: 'LN-02',
      severity: 'warning',
      field: 'nextSteps',
      text: steps.map((s) => s.variant.text).join(' / '),
      message: `${total} sentences in the next steps; keep them to ${limits.nextSteps}, one per step.`,
    });
  }
};

export const sentenceWords: MessageRule = (ctx, emit) => {
  for (const { field, variant } of variantsOf(ctx, ['title', 'description', 'nextSteps', 'alternative'])) {
    for (const s of sentences(variant.text)) {
      const m = measure(ctx, s.text, lengthLimits.sentenceWords);
      const severity = over(m);
      if (severity) {
        emit({
          ruleId: 'LN-03',
          severity,
          field: field.field,
          branch: branchOf(field, variant),
          text: s.text,
          message: `This sentence has ${m.value} ${m.unit} (warn over ${m.warn}, error over ${m.error}). Split it.`,
        });
      }
    }
  }
};

export const messageWords: MessageRule = (ctx, emit) => {
  const parts = primaryTexts(ctx, ['title', 'description', 'nextSteps', 'alternative']);
  const m = measure(ctx, parts.map((p) => p.variant.text).join(' '), lengthLimits.messageWords);
  const severity = over(m);
  if (severity)
    emit({
      ruleId: 'LN-04',
      severity,
      field: '*',
      text: parts.map((p) => p.variant.text).join(' / '),
      message: `The message has ${m.value} ${m.unit} (warn over ${m.warn}, error over ${m.error}). Cut what the person does not need now.`,
    });
};
