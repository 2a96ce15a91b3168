import type { Tone } from './vars.css.js';

/** Colour roles of the contract, by purpose (see vars.css.ts for each one's contrast duty). */
export const colourRoles = [
  'text',
  'mutedText',
  'background',
  'surface',
  'border',
  'link',
  'linkVisited',
  'focusRing',
  'focusText',
  'brand',
  'textOnBrand',
] as const;
export type ColourRole = (typeof colourRoles)[number];

/** What each banner/page tone paints. */
export const toneRoles = ['surface', 'border', 'text', 'icon'] as const;
export type ToneRole = (typeof toneRoles)[number];

export type Palette = Readonly<Record<ColourRole, string>>;
export type TonePalette = Readonly<Record<Tone, Readonly<Record<ToneRole, string>>>>;

/**
 * Raw, typed theme values as an author writes them: colours as hex strings, sizes as plain
 * numbers in CSS px. `makeThemeValues` turns them into contract values.
 */
export interface ThemeValues {
  readonly colorScheme: 'light' | 'dark';
  readonly color: Palette;
  readonly tone: TonePalette;
  /** Font family names, most preferred first; system fonts and generic families only. */
  readonly font: { readonly body: readonly string[]; readonly heading: readonly string[]; readonly mono: readonly string[] };
  /** px; emitted in rem so user font-size preferences scale the page. */
  readonly fontSize: { readonly small: number; readonly body: number; readonly large: number; readonly heading: number; readonly display: number };
  /** Unitless multipliers. */
  readonly lineHeight: { readonly body: number; readonly heading: number };
  /** px; the spacing scale is built from this unit. */
  readonly spaceUnit: number;
  /** px */
  readonly radius: number;
  /** px */
  readonly borderWidth: number;
  /** px */
  readonly focusRingWidth: number;
  /** Line length in `ch`. */
  readonly measure: number;
}

/** The contract's leaves as strings: what createGlobalTheme and brand CSS receive. */
export type ContractValues<T> = { readonly [K in keyof T]: T[K] extends string ? string : ContractValues<T[K]> };

/** A colour slot of the contract, by path: `color.text`, `tone.info.surface`, ... */
export type ColourToken = `color.${ColourRole}` | `tone.${Tone}.${ToneRole}`;
