import { createHash } from 'node:crypto';

/**
 * Layout for the demo's own (non-error) pages. Only `--errata-*` custom properties from
 * @errata/tokens are used for colour, type and spacing, so every theme and brand applies here
 * exactly as it does on the error pages.
 */
export const demoCss = `
html{background:var(--errata-color-background);color:var(--errata-color-text);font-family:var(--errata-font-body);line-height:var(--errata-line-height-body);-webkit-text-size-adjust:100%;text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
body{margin:0}
.demo-skip{position:absolute;inset-inline-start:-100vw}
.demo-skip:focus{inset-inline-start:var(--errata-space-small);inset-block-start:var(--errata-space-small);background:var(--errata-color-focus-ring);color:var(--errata-color-focus-text);padding:var(--errata-space-small)}
.demo-header{border-block-end:var(--errata-border-width) solid var(--errata-color-border);background:var(--errata-color-surface)}
.demo-header>div,.demo-main,.demo-footer>div{max-inline-size:52rem;margin-inline:auto;padding:var(--errata-space-medium)}
.demo-header a{font-weight:700;font-size:var(--errata-font-size-large)}
.demo-main h1{font-family:var(--errata-font-heading);font-size:var(--errata-font-size-display);line-height:var(--errata-line-height-heading);margin-block:var(--errata-space-medium)}
.demo-main h2{font-family:var(--errata-font-heading);font-size:var(--errata-font-size-heading);line-height:var(--errata-line-height-heading);margin-block:var(--errata-space-large) var(--errata-space-small)}
.demo-main p,.demo-main li{max-inline-size:var(--errata-measure)}
.demo-main li{margin-block:var(--errata-space-xsmall)}
a{color:var(--errata-color-link);text-underline-offset:.2em}
a:visited{color:var(--errata-color-link-visited)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:var(--errata-focus-ring-width) solid var(--errata-color-focus-ring);outline-offset:2px}
.demo-muted{color:var(--errata-color-muted-text)}
.demo-inline-forms{display:flex;flex-wrap:wrap;gap:var(--errata-space-small);padding:0;list-style:none}
.demo-inline-forms form{margin:0}
button{font:inherit;color:var(--errata-color-text-on-brand);background:var(--errata-color-brand);border:var(--errata-border-width) solid var(--errata-color-brand);border-radius:var(--errata-radius);padding:var(--errata-space-xsmall) var(--errata-space-medium);cursor:pointer}
button[aria-pressed="true"]{outline:3px double var(--errata-color-text);outline-offset:2px}
label{display:block;font-weight:700;margin-block-end:var(--errata-space-xsmall)}
.demo-hint{display:block;color:var(--errata-color-muted-text);margin-block-end:var(--errata-space-xsmall)}
input,select{font:inherit;color:var(--errata-color-text);background:var(--errata-color-background);border:2px solid var(--errata-color-text);border-radius:var(--errata-radius);padding:var(--errata-space-xsmall);max-inline-size:100%}
input[aria-invalid="true"]{border-color:var(--errata-tone-critical-border);border-width:3px}
.demo-input-wide{inline-size:min(100%,24rem)}
.demo-input-code{font-family:var(--errata-font-mono);inline-size:min(100%,36ch)}
.demo-field{margin-block:var(--errata-space-medium)}
.demo-field--error{border-inline-start:5px solid var(--errata-tone-critical-border);padding-inline-start:var(--errata-space-medium)}
.demo-error-message{display:block;font-weight:700;color:var(--errata-tone-critical-text);background:var(--errata-tone-critical-surface);padding:var(--errata-space-xsmall);margin-block-end:var(--errata-space-xsmall)}
.demo-error-summary{border:5px solid var(--errata-tone-critical-border);background:var(--errata-tone-critical-surface);color:var(--errata-tone-critical-text);padding:var(--errata-space-medium);margin-block:var(--errata-space-medium)}
.demo-error-summary:focus{outline:var(--errata-focus-ring-width) solid var(--errata-color-focus-ring);outline-offset:2px}
.demo-error-summary h2{margin-block-start:0}
.demo-error-summary a{color:inherit;font-weight:700}
.demo-note{border-inline-start:5px solid var(--errata-tone-info-border);background:var(--errata-tone-info-surface);color:var(--errata-tone-info-text);padding:var(--errata-space-small) var(--errata-space-medium)}
.demo-settings{display:flex;flex-wrap:wrap;gap:var(--errata-space-medium);align-items:end}
.demo-settings>div{margin:0}
.demo-banner-slot:empty{display:none}
.demo-footer{border-block-start:var(--errata-border-width) solid var(--errata-color-border);margin-block-start:var(--errata-space-xlarge)}
.visually-hidden{position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
code{font-family:var(--errata-font-mono)}
@media (prefers-reduced-motion:reduce){*{transition-duration:.01ms;animation-duration:.01ms}}
`.trim();

export const demoCssHash = `sha256-${createHash('sha256').update(demoCss, 'utf8').digest('base64')}`;
