export { RetryNotice } from './RetryNotice.js';
export type { RetryNoticeProps } from './RetryNotice.js';
