export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  handler: string;
  config: { policies: unknown[] };
}

/** Every admin route needs an authenticated admin holding the given plugin action. */
export const guardedRoute = (method: AdminRoute['method'], path: string, handler: string, action: string): AdminRoute => ({
  method,
  path,
  handler,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
  },
});
