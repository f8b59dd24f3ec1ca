import { useRBAC } from '@strapi/strapi/admin';

type Permissions = Parameters<typeof useRBAC>[0];

/**
 * Whether the user holds any of `permissions`. useRBAC names its answers after the action's last
 * segment (`audit.read` and `analytics.read` both become `canRead`), so each check gets its own call.
 */
export function useCan(permissions: Permissions): { allowed: boolean; isLoading: boolean } {
  const { allowedActions, isLoading } = useRBAC(permissions);
  return { allowed: Object.values(allowedActions).some(Boolean), isLoading };
}
