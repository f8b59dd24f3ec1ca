import type { Core } from '@strapi/strapi';
import { createHttpClient, type HttpClient } from './http-client';

export interface AdminSession {
  token: string;
  userId: number;
  email: string;
  http: HttpClient;
}

const PASSWORD = 'Clearpost-Test-1';

/** Registers the first admin through the same endpoint the admin panel uses. */
export async function registerFirstAdmin(baseUrl: string, email = 'admin@clearpost.test'): Promise<AdminSession> {
  const anonymous = createHttpClient(baseUrl);
  const res = await anonymous.post('/admin/register-admin', {
    firstname: 'Ada',
    lastname: 'Admin',
    email,
    password: PASSWORD,
  });
  if (res.status !== 200) throw new Error(`register-admin failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { token, user } = res.body.data;
  return { token, userId: user.id, email, http: createHttpClient(baseUrl, token) };
}

/** Creates an active admin user with the given role codes and logs them in. */
export async function createAdminUser(
  strapi: Core.Strapi,
  baseUrl: string,
  { email, firstname = 'Test', lastname = 'User', roleCodes }: { email: string; firstname?: string; lastname?: string; roleCodes: string[] }
): Promise<AdminSession> {
  const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: roleCodes } } });
  if (roles.length !== roleCodes.length) throw new Error(`Unknown role code among ${roleCodes.join(', ')}`);
  await strapi.service('admin::user').create({
    email,
    firstname,
    lastname,
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: roles.map((role: { id: number }) => role.id),
  });
  return login(baseUrl, email);
}

export async function login(baseUrl: string, email: string): Promise<AdminSession> {
  const res = await createHttpClient(baseUrl).post('/admin/login', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  const { token, user } = res.body.data;
  return { token, userId: user.id, email, http: createHttpClient(baseUrl, token) };
}
