// Build entry for the dark theme's own stylesheet (dist/sheets/dark.css, exported as
// `@errata/tokens/themes/dark.css`): a page in one theme needs only that theme's tokens, plus
// the forced-colors overrides, which must come after it.
import '../themes/dark.css.js';
import '../themes/forcedColors.css.js';
