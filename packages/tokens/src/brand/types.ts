import type { ThemeValues, ToneRole } from '../themeTypes.js';
import type { Tone } from '../vars.css.js';

/**
 * A brand's colours for one colour scheme. The four required roles are what makes a page
 * recognisably yours; the rest default to the base theme (light for `colors`, dark for
 * `darkColors`) and are all checked for contrast together with yours.
 * Accepted: hex (`#1c2f5e`), `rgb()`, `hsl()` or a colour name; opaque only.
 */
export interface BrandPalette {
  brand: string;
  textOnBrand: string;
  link: string;
  focusRing: string;
  focusText?: string;
  linkVisited?: string;
  text?: string;
  mutedText?: string;
  background?: string;
  surface?: string;
  border?: string;
  tones?: Partial<Record<Tone, Partial<Record<ToneRole, string>>>>;
}

export interface BrandLogo {
  /** `data:image/png;base64,...`, `data:image/svg+xml;base64,...` or `data:image/svg+xml,<percent-encoded>`: never a request. */
  readonly src: string;
  /** Required and non-empty: the logo is content (it names the organisation). */
  readonly alt: string;
  /** CSS px */
  readonly width: number;
  /** CSS px */
  readonly height: number;
}

export interface BrandInput {
  /** Shown in the header and the `<title>`. */
  name: string;
  /** Class-name slug (`errata-brand-<slug>`); derived from `name` when omitted. */
  slug?: string;
  /** Where the logo links: an http(s) URL or a same-origin path. */
  homeHref?: string;
  colors: BrandPalette;
  /** Given: the brand follows dark and auto themes. Omitted: the brand is shown light. */
  darkColors?: BrandPalette;
  /** CSS font stack of installed fonts, ending in a generic family: `"Trebuchet MS", system-ui, sans-serif`. */
  font?: string;
  /** Headings; defaults to `font`. */
  headingFont?: string;
  /** Corner radius in CSS px, 0..24. */
  radius?: number;
  logo?: BrandLogo;
}

export interface Brand {
  readonly name: string;
  readonly homeHref?: string;
  readonly logo?: BrandLogo;
  /** `errata-brand-<slug>`, set next to (or inside) the theme class. */
  readonly className: string;
  /** Custom-property declarations scoped to `.className`; add after the theme stylesheet. */
  readonly css: string;
  readonly colorScheme: 'light' | 'dark' | 'light dark';
  /** The brand's raw values overlaid on the base themes, as checked (for stories and tests). */
  readonly values: { readonly colors: ThemeValues; readonly darkColors?: ThemeValues };
}
