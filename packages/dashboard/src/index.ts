export { startDashboard, redactedUrl, type DashboardServer, type StartDashboardOptions } from './web/dashboard-server.ts';
export { resolveDashboardOptions, checkExposure, isLoopback, DashboardOptions, DashboardOptionsError, DASHBOARD_ENV } from './web/dashboard-options.ts';
export { dashboardConnection } from './read/dashboard-connection.ts';
export { HarvestReader, RECORD_KEY } from './summary/harvest-reader.ts';
export { takeSnapshot, type HarvestSnapshot } from './summary/harvest-snapshot.ts';
export { failureReason, countReasons, type ReasonCount } from './summary/failure-reason.ts';
export { createHarvestMetrics, type HarvestMetrics } from './metrics/harvest-metrics.ts';
export { statusReport } from './status/status-report.ts';
export { createProgress, progressLine, formatDuration, type Progress } from '@budget/progress';
