// Build entry for the high-contrast theme's own stylesheet (dist/sheets/high-contrast.css, exported as
// `@errata/tokens/themes/high-contrast.css`): a page in one theme needs only that theme's tokens, plus
// the forced-colors overrides, which must come after it.
import '../themes/highContrast.css.js';
import '../themes/forcedColors.css.js';
