export { ErrorSummary, errorSummaryTitleId } from './ErrorSummary.js';
export type { ErrorSummaryItem, ErrorSummaryProps } from './ErrorSummary.js';
