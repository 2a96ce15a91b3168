export { HealthReport, healthReportClass } from './HealthReport.js';
export type { HealthComponent, HealthReportProps, HealthStatus } from './HealthReport.js';
