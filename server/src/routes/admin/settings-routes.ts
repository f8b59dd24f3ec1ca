import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const settingsRoutes = [
  guardedRoute('GET', '/settings', 'settings.get', PERMISSION.settingsManage),
  guardedRoute('PUT', '/settings', 'settings.put', PERMISSION.settingsManage),
  guardedRoute('GET', '/directory-entries', 'directory.list', PERMISSION.settingsManage),
  guardedRoute('POST', '/directory-entries', 'directory.create', PERMISSION.settingsManage),
  guardedRoute('PUT', '/directory-entries/:documentId', 'directory.update', PERMISSION.settingsManage),
  guardedRoute('DELETE', '/directory-entries/:documentId', 'directory.remove', PERMISSION.settingsManage),
];
