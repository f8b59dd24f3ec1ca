import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const imageAssetRoutes = [
  guardedRoute('POST', '/image-assets', 'image-assets.upload', PERMISSION.assetsManage),
  guardedRoute('GET', '/image-assets/:documentId', 'image-assets.findOne', PERMISSION.assetsManage),
];
