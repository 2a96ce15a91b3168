export { RetryNotice, retryDatetime } from './RetryNotice.js';
export type { RetryNoticeProps } from './RetryNotice.js';
