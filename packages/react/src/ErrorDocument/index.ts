export { ErrorDocument, ErrorStyles, colorSchemeOf, documentTitle, titleSeparator } from './ErrorDocument.js';
export type { ErrorDocumentProps, ErrorStylesProps } from './ErrorDocument.js';
