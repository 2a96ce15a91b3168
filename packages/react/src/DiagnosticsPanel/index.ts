export { DiagnosticsPanel, diagnosticsClass } from './DiagnosticsPanel.js';
export type { DiagnosticsCause, DiagnosticsFrame, DiagnosticsPanelProps } from './DiagnosticsPanel.js';
