import { OPERATOR_PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

const operate = OPERATOR_PERMISSION.deliveryOperate;

export const deliveryRoutes = [
  guardedRoute('GET', '/delivery/publications', 'delivery.list', operate),
  guardedRoute('GET', '/delivery/unknown', 'delivery.unknown', operate),
  guardedRoute('POST', '/delivery/publications/:documentId/resolve', 'delivery.resolve', operate),
  guardedRoute('POST', '/delivery/reconcile', 'delivery.reconcile', operate),
];
