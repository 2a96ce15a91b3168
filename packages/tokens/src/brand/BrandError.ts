/**
 * A brand that cannot be shown safely: unreadable colour pairs, values that are not plain
 * colours, a logo without alt text. `problems` lists every one, so a designer fixes them in one go.
 */
export class BrandError extends Error {
  readonly problems: readonly string[];

  constructor(brandName: string, problems: readonly string[]) {
    super(`Brand ${brandName} refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'BrandError';
    this.problems = Object.freeze([...problems]);
  }
}
