export { SupportReference } from './SupportReference.js';
export type { SupportReferenceProps } from './SupportReference.js';
