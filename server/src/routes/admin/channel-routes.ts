import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const channelRoutes = [
  guardedRoute('GET', '/channels', 'channels.list', PERMISSION.channelsManage),
  guardedRoute('POST', '/channels', 'channels.create', PERMISSION.channelsManage),
  guardedRoute('GET', '/channels/:documentId', 'channels.findOne', PERMISSION.channelsManage),
  guardedRoute('PUT', '/channels/:documentId', 'channels.update', PERMISSION.channelsManage),
  guardedRoute('PUT', '/channels/:documentId/credentials', 'channels.setCredentials', PERMISSION.channelsManage),
  guardedRoute('DELETE', '/channels/:documentId/credentials', 'channels.clearCredentials', PERMISSION.channelsManage),
];
