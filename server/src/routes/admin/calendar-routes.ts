import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const calendarRoutes = [
  guardedRoute('GET', '/calendar', 'calendar.list', PERMISSION.analyticsRead),
  guardedRoute('POST', '/publications/:documentId/reschedule', 'calendar.reschedule', PERMISSION.scheduleManage),
  guardedRoute('POST', '/publications/:documentId/cancel', 'calendar.cancel', PERMISSION.scheduleManage),
];
