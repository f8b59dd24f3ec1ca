import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const reviewRoutes = [
  guardedRoute('POST', '/compliance/check', 'compliance.check', PERMISSION.check),
  guardedRoute('POST', '/posts/:documentId/submit', 'review.submit', PERMISSION.submit),
  guardedRoute('POST', '/posts/:documentId/approve', 'review.approve', PERMISSION.approve),
  guardedRoute('POST', '/posts/:documentId/request-changes', 'review.requestChanges', PERMISSION.approve),
  guardedRoute('POST', '/posts/:documentId/overrides', 'review.override', PERMISSION.override),
  guardedRoute('GET', '/audit', 'audit.list', PERMISSION.auditRead),
  guardedRoute('GET', '/audit/verify', 'audit.verify', PERMISSION.auditRead),
  guardedRoute('GET', '/audit/export', 'audit.exportCsv', PERMISSION.auditRead),
];
