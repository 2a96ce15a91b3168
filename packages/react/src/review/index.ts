export { ReviewBar, ReviewDocument } from './ReviewDocument.js';
export type { ReviewBarProps, ReviewDocumentProps } from './ReviewDocument.js';
export { ReviewIndex, Shows } from './ReviewIndex.js';
export type { ReviewIndexProps } from './ReviewIndex.js';
export { ReviewMessage } from './ReviewMessage.js';
export type { ReviewMessageProps } from './ReviewMessage.js';
export { BannerPreview } from './BannerPreview.js';
export type { BannerPreviewProps } from './BannerPreview.js';
export type { ReviewCounts, ReviewField, ReviewFilterGroup, ReviewFilterLink, ReviewFinding, ReviewRow, ReviewSeverity } from './types.js';
