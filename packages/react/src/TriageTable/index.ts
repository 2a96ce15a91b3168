export { TriageTable, triageTableClass } from './TriageTable.js';
export type { TriageGroup, TriageTableProps } from './TriageTable.js';
