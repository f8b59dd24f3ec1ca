import { reviewRoutes } from './review-routes';

export default {
  type: 'admin' as const,
  routes: [...reviewRoutes],
};
