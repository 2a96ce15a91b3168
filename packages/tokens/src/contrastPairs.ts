import type { ColourRole, ColourToken, Palette, TonePalette, ToneRole } from './themeTypes.js';
import { tones, type Tone } from './vars.css.js';

/**
 * A foreground/background pair that must stay legible. `min` is the WCAG 2.2 AA duty that
 * every brand must meet (1.4.3 text 4.5:1, 1.4.11 non-text 3:1); `enhanced` is what the built-in
 * themes meet (1.4.6 text 7:1, AAA; non-text stays 3:1).
 */
export interface ContrastPair {
  readonly fg: ColourToken;
  readonly bg: ColourToken;
  readonly kind: 'text' | 'non-text';
  readonly min: 4.5 | 3;
  readonly enhanced: 7 | 3;
  /** Where the pair appears, for people reading a failure. */
  readonly usage: string;
}

const text = (fg: ColourToken, bg: ColourToken, usage: string): ContrastPair => ({ fg, bg, kind: 'text', min: 4.5, enhanced: 7, usage });
const nonText = (fg: ColourToken, bg: ColourToken, usage: string): ContrastPair => ({ fg, bg, kind: 'non-text', min: 3, enhanced: 3, usage });

const pageText: readonly ColourToken[] = ['color.text', 'color.mutedText', 'color.link', 'color.linkVisited'];
const pageBackgrounds: readonly ColourToken[] = ['color.background', 'color.surface'];

function tonePairs(tone: Tone): ContrastPair[] {
  const surface: ColourToken = `tone.${tone}.surface`;
  return [
    text(`tone.${tone}.text`, surface, `${tone} banner title`),
    // Banner body copy and its links are painted in the page's text and link colours.
    text('color.text', surface, `${tone} banner body`),
    text('color.link', surface, `${tone} banner link`),
    text('color.linkVisited', surface, `${tone} banner visited link`),
    nonText(`tone.${tone}.border`, surface, `${tone} banner border, inside`),
    // The border is what separates a pale banner from the page.
    nonText(`tone.${tone}.border`, 'color.background', `${tone} banner border, outside`),
    nonText(`tone.${tone}.icon`, surface, `${tone} banner icon`),
    nonText('color.focusRing', surface, `focus ring in a ${tone} banner`),
  ];
}

/** Every pair the components paint, with its duty. */
export const contrastPairs: readonly ContrastPair[] = [
  ...pageText.flatMap((fg) => pageBackgrounds.map((bg) => text(fg, bg, 'page copy and links'))),
  text('color.textOnBrand', 'color.brand', 'brand header'),
  text('color.focusText', 'color.focusRing', 'focused link'),
  ...pageBackgrounds.map((bg) => nonText('color.border', bg, 'borders and dividers')),
  ...pageBackgrounds.map((bg) => nonText('color.focusRing', bg, 'focus ring')),
  ...tones.flatMap(tonePairs),
];

/** The colour a token holds in a palette. */
export function colourOf(values: { readonly color: Palette; readonly tone: TonePalette }, token: ColourToken): string {
  const [group, a, b] = token.split('.') as [string, string, string | undefined];
  if (group === 'color') return values.color[a as ColourRole];
  return values.tone[a as Tone][b as ToneRole];
}
