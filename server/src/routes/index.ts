import admin from './admin';

export default {
  admin,
  'content-api': { type: 'content-api' as const, routes: [] },
};
