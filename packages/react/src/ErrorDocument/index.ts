export { ErrorDocument, colorSchemeOf, titleSeparator } from './ErrorDocument.js';
export type { ErrorDocumentProps } from './ErrorDocument.js';
