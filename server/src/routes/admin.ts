import { PERMISSION } from '../constants';

const guarded = (...actions: string[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

const route = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: { policies: guarded(action) },
});

export default {
  type: 'admin' as const,
  routes: [
    route('POST', '/compliance/check', 'compliance.check', PERMISSION.check),
    route('POST', '/posts/:documentId/submit', 'review.submit', PERMISSION.submit),
    route('POST', '/posts/:documentId/approve', 'review.approve', PERMISSION.approve),
    route('POST', '/posts/:documentId/request-changes', 'review.requestChanges', PERMISSION.approve),
    route('POST', '/posts/:documentId/overrides', 'review.override', PERMISSION.override),
    route('GET', '/audit', 'audit.list', PERMISSION.auditRead),
    route('GET', '/audit/verify', 'audit.verify', PERMISSION.auditRead),
    route('GET', '/audit/export', 'audit.exportCsv', PERMISSION.auditRead),
  ],
};
