import type { Core } from '@strapi/strapi';
import { OPERATOR_PERMISSION } from '../constants';

const REFRESH_COOKIE = 'strapi_admin_refresh';

interface SessionManager {
  validateAccessToken(token: string): { isValid: boolean; payload: { userId: string; sessionId: string } | null };
  validateRefreshToken(token: string): Promise<{ isValid: boolean; userId?: string }>;
  isSessionActive(sessionId: string): Promise<boolean>;
}

async function adminUserId(strapi: Core.Strapi, ctx: any): Promise<string | null> {
  const manager = (strapi as unknown as { sessionManager?: (origin: string) => SessionManager }).sessionManager?.('admin');
  if (!manager) return null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(ctx.get('authorization') ?? ''))?.[1];
  if (bearer) {
    const result = manager.validateAccessToken(bearer);
    if (!result.isValid || !result.payload || !(await manager.isSessionActive(result.payload.sessionId))) return null;
    return String(result.payload.userId);
  }
  // A browser opening the page sends the admin's refresh cookie (path /admin), not a bearer token.
  const cookie = ctx.cookies.get(REFRESH_COOKIE);
  if (!cookie) return null;
  const result = await manager.validateRefreshToken(cookie);
  return result.isValid && result.userId ? String(result.userId) : null;
}

/** True when the request comes from an active admin holding plugin::clearpost.delivery.operate. */
export async function isDeliveryOperator(strapi: Core.Strapi, ctx: any): Promise<boolean> {
  const id = await adminUserId(strapi, ctx);
  if (!id) return false;
  const user = await strapi.db.query('admin::user').findOne({ where: { id: /^\d+$/.test(id) ? Number(id) : id }, populate: ['roles'] });
  if (!user || user.isActive !== true) return false;
  const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
  return ability.can(OPERATOR_PERMISSION.deliveryOperate);
}
