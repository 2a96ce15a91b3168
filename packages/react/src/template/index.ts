// @errata/react/template: the string forms of the components, for servers that render the same
// page for many requests. Node only (UTF-8 buffers, hashing). The components stay the one author
// of the markup: every template here is rendered from them, and every slot value is what React
// would have written in its place.
export { bindTemplate, compileTemplate, fillTemplate, filledBytes, filledChunks, filledText, sentinel } from './template.js';
export type { Filled, Template } from './template.js';
export { escapeHtml } from './escape.js';
export { sha256Source } from './hash.js';
export { richTextHtml } from '../RichTextView/richTextHtml.js';
export { compileErrorPage, errorPageFlags, errorPageParts, errorPageShape, errorPageSlots, messageSlots, requestSlots } from './errorPage.js';
export type { CompiledErrorPage, ErrorPageFixed, ErrorPageShape, ErrorPageSlot, ErrorPageValues } from './errorPage.js';
export { compileErrorFragment, fragmentTitle } from './errorFragment.js';
export type { CompiledErrorFragment } from './errorFragment.js';
