// Build entry for the light theme's own stylesheet (dist/sheets/light.css, exported as
// `@errata/tokens/themes/light.css`): a page in one theme needs only that theme's tokens, plus
// the forced-colors overrides, which must come after it.
import '../themes/light.css.js';
import '../themes/forcedColors.css.js';
