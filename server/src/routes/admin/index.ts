import { reviewRoutes } from './review-routes';
import { analyticsRoutes } from './analytics-routes';
import { channelRoutes } from './channel-routes';
import { deliveryRoutes } from './delivery-routes';
import { imageAssetRoutes } from './image-asset-routes';
import { feedbackRoutes } from './feedback-routes';
import { settingsRoutes } from './settings-routes';
import { calendarRoutes } from './calendar-routes';
import { previewRoutes } from './preview-routes';

export default {
  type: 'admin' as const,
  routes: [
    ...reviewRoutes,
    ...analyticsRoutes,
    ...channelRoutes,
    ...deliveryRoutes,
    ...imageAssetRoutes,
    ...feedbackRoutes,
    ...settingsRoutes,
    ...calendarRoutes,
    ...previewRoutes,
  ],
};
