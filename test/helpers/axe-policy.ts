import type { RunOptions } from 'axe-core';

/**
 * The one axe policy for Errata, shared by Storybook's a11y addon (`.storybook/preview.tsx`) and
 * the real-browser suite (`test/browser/`), so the panel a designer sees and CI agree.
 * Browser-safe: no Node imports.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/**
 * A page story renders a whole page (landmarks, one h1); a part story renders one component or a
 * reference table on its own.
 */
export type StoryKind = 'page' | 'part';

const pageGroups = ['Pages', 'Catalog', 'Copy review'];

/** The kind of a story from its title: the top-level groups Pages, Catalog and Copy review are pages. */
export function storyKind(title: string): StoryKind {
  return pageGroups.some((group) => title === group || title.startsWith(`${group}/`)) ? 'page' : 'part';
}

/**
 * Rules switched off for part stories only. A banner or a token table shown alone is not a page,
 * so page-structure rules would report Storybook's isolation, not our markup; every page story
 * (Pages/, Catalog/, Copy review/) runs them, and the components are checked inside those pages.
 */
const pageStructureRules = {
  // "All page content should be contained by landmarks": an isolated part has no page around it.
  region: { enabled: false },
  // "Document should have one main landmark": the page that uses the part provides it.
  'landmark-one-main': { enabled: false },
  // "Page should contain a level-one heading": same; a banner's title is deliberately not an h1.
  'page-has-heading-one': { enabled: false },
} as const;

export interface AxePolicyOptions {
  kind: StoryKind;
  /**
   * Also run `color-contrast-enhanced` (WCAG AAA 1.4.6, 7:1 for body text). Built-in themes
   * promise it (issue 2); a brand only has to meet AA, which `defineBrand` enforces.
   */
  enhancedContrast: boolean;
}

export function axeRunOptions({ kind, enhancedContrast }: AxePolicyOptions): RunOptions {
  return {
    runOnly: { type: 'tag', values: [...axeTags] },
    rules: {
      ...(kind === 'part' ? pageStructureRules : {}),
      // Not in the tags above (it is tagged wcag2aaa); an entry in `rules` adds it to the run.
      ...(enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {}),
    },
    resultTypes: ['violations'],
  };
}
