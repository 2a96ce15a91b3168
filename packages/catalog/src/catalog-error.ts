/** One thing wrong with a catalog definition, located as precisely as possible. */
export interface CatalogProblem {
  readonly code?: string;
  readonly locale?: string;
  readonly tone?: string;
  /** e.g. 'status', 'messages.en.friendly.nextSteps[1]', 'args.retryAfterSeconds'. */
  readonly field?: string;
  readonly message: string;
}

/** Where a problem is, as one readable prefix: `RATE_LIMITED en/friendly nextSteps[0]`. */
export function describeProblem(problem: CatalogProblem): string {
  const where = [problem.code, [problem.locale, problem.tone].filter(Boolean).join('/'), problem.field].filter(Boolean).join(' ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/**
 * Thrown by `defineCatalog` with every problem found (so an author fixes them in one pass), and
 * by `get`/`formatMessage` for an unknown code.
 */
export class CatalogError extends Error {
  readonly problems: readonly CatalogProblem[];

  constructor(problems: readonly CatalogProblem[], heading?: string) {
    const list = problems.map((p) => `  - ${describeProblem(p)}`).join('\n');
    const title = heading ?? `Invalid catalog: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
    super(`${title}\n${list}`);
    this.name = 'CatalogError';
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
  }
}
