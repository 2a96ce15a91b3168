export { RichTextView } from './RichTextView.js';
export type { RichTextViewProps } from './RichTextView.js';
