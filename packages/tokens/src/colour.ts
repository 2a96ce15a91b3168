// The colour science brand validation needs, from culori's side-effect-free entry with only the
// modes it uses registered. The package build bundles these functions into @errata/tokens
// (as a devDependency), so importing the tokens never loads culori's ~150 modules: error pages
// import this package on every cold start, and only brand definition needs any of it.
import { formatHex, modeHsl, modeLrgb, modeRgb, parse, useMode, wcagContrast } from 'culori/fn';

// rgb parses hex, rgb() and colour names; hsl parses hsl(); lrgb is what WCAG luminance uses.
useMode(modeRgb);
useMode(modeHsl);
useMode(modeLrgb);

export { formatHex, parse, wcagContrast };
