import { PERMISSION } from '../../constants';
import { guardedRoute } from './guarded-route';

export const previewRoutes = [guardedRoute('POST', '/posts/preview', 'post-preview.preview', PERMISSION.check)];
