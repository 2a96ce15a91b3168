export { ErrorPage, mainId } from './ErrorPage.js';
export type { ErrorPageLabels, ErrorPageProps } from './ErrorPage.js';
