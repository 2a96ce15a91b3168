// Build entry for the auto theme's own stylesheet (dist/sheets/auto.css, exported as
// `@errata/tokens/themes/auto.css`): a page in one theme needs only that theme's tokens, plus
// the forced-colors overrides, which must come after it.
import '../themes/auto.css.js';
import '../themes/forcedColors.css.js';
