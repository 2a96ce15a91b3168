export { safeHref } from './safeHref.js';
export type { SafeHrefOptions } from './safeHref.js';
