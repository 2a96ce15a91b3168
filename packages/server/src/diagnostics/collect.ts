import type { ErrorInfo } from '../safety/normalise.js';
import type { Redactor } from '../safety/redact.js';
import type { CauseSummary, RequestSummary } from '../types.js';
import { type CodeFrame, codeFrames } from './code-frames.js';

/** What an engineer sees in development (or when authorised): all of it redacted. */
export interface Diagnostics {
  name: string;
  message: string;
  stack?: string;
  frames: CodeFrame[];
  causes: (CauseSummary & { stack?: string })[];
  request: RequestSummary;
}

export function summariseCauses(info: ErrorInfo, redactor: Redactor, withStack: boolean): (CauseSummary & { stack?: string })[] {
  return info.causes.slice(0, 8).map((cause) => {
    const summary: CauseSummary & { stack?: string } = { name: cause.name, message: redactor.string(cause.message) };
    if (cause.code) summary.code = cause.code;
    if (withStack && cause.stack) summary.stack = redactor.string(cause.stack);
    return summary;
  });
}

export function collectDiagnostics(info: ErrorInfo, request: RequestSummary, redactor: Redactor): Diagnostics {
  const frames = codeFrames(info.stack).map((frame) => ({
    ...frame,
    // Source can hold hard-coded secrets too.
    lines: frame.lines.map((l) => ({ ...l, text: redactor.string(l.text) })),
  }));
  const diagnostics: Diagnostics = {
    name: info.name,
    message: redactor.string(info.message),
    frames,
    causes: summariseCauses(info, redactor, true),
    request,
  };
  if (info.stack) diagnostics.stack = redactor.string(info.stack);
  return diagnostics;
}
