export default {
  admin: { type: 'admin' as const, routes: [] },
  'content-api': { type: 'content-api' as const, routes: [] },
};
