import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const analyticsRoutes = [
  guardedRoute('POST', '/analytics/import', 'analytics.importCsv', PERMISSION.analyticsImport),
  guardedRoute('POST', '/analytics/import-json', 'analytics.importJson', PERMISSION.analyticsImport),
  guardedRoute('GET', '/analytics/roi', 'analytics.roi', PERMISSION.analyticsRead),
  guardedRoute('GET', '/analytics/heatmap', 'analytics.heatmap', PERMISSION.analyticsRead),
  guardedRoute('POST', '/posts/:documentId/plan', 'analytics.plan', PERMISSION.analyticsRead),
];
