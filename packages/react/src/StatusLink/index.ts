export { StatusLink } from './StatusLink.js';
export type { StatusLinkProps } from './StatusLink.js';
