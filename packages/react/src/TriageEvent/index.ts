export { TriageEvent, triageEventClass } from './TriageEvent.js';
export type { TriageEventProps } from './TriageEvent.js';
