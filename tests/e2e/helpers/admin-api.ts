import { createHttpClient, type HttpClient } from '../../helpers/http-client';

export const PASSWORD = 'Clearpost-Test-1';

export interface Person {
  firstname: string;
  lastname: string;
  email: string;
}

/** Logs in through the admin API (for setup only: the tests themselves log in through the UI). */
export async function apiLogin(baseUrl: string, email: string): Promise<HttpClient> {
  const res = await createHttpClient(baseUrl).post('/admin/login', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return createHttpClient(baseUrl, res.body.data.token);
}

/**
 * Invites an admin user with one role (by role code) the way Settings → Users does, then completes the
 * registration with the invitation token, so the user can log in with PASSWORD.
 */
export async function createUserWithRole(baseUrl: string, superAdmin: HttpClient, person: Person, roleCode: string): Promise<void> {
  const roles = await superAdmin.get('/admin/roles');
  if (roles.status !== 200) throw new Error(`listing roles failed: ${roles.status}`);
  const role = (roles.body.data as Array<{ id: number; code: string }>).find((r) => r.code === roleCode);
  if (!role) throw new Error(`no admin role with code ${roleCode}`);
  const invited = await superAdmin.post('/admin/users', { ...person, roles: [role.id] });
  if (invited.status !== 201) throw new Error(`creating ${person.email} failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const registrationToken = invited.body.data.registrationToken as string;
  const registered = await createHttpClient(baseUrl).post('/admin/register', {
    registrationToken,
    userInfo: { firstname: person.firstname, lastname: person.lastname, password: PASSWORD },
  });
  if (registered.status !== 200) throw new Error(`registering ${person.email} failed: ${registered.status} ${JSON.stringify(registered.body)}`);
}
