export { NextSteps } from './NextSteps.js';
export type { NextStepsProps } from './NextSteps.js';
