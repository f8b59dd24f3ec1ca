import { adapterOptionsFromEnv, DEFAULT_BASE_URLS } from '../adapter-options';

it('defaults to the real APIs', () => {
  expect(adapterOptionsFromEnv('x', {})).toEqual({ baseUrl: 'https://api.x.com/2', timeoutMs: 30_000 });
  expect(adapterOptionsFromEnv('linkedin', {}).baseUrl).toBe(DEFAULT_BASE_URLS.linkedin);
});

it('reads CLEARPOST_<PLATFORM>_API_URL and _TIMEOUT_MS; explicit overrides win', () => {
  const env = { CLEARPOST_FACEBOOK_API_URL: 'http://127.0.0.1:4010/facebook/v25.0/', CLEARPOST_FACEBOOK_TIMEOUT_MS: '5000' };
  expect(adapterOptionsFromEnv('facebook', env)).toEqual({ baseUrl: 'http://127.0.0.1:4010/facebook/v25.0', timeoutMs: 5000 });
  expect(adapterOptionsFromEnv('facebook', env, { timeoutMs: 100 }).timeoutMs).toBe(100);
});

it('fails loudly on a malformed URL or timeout', () => {
  expect(() => adapterOptionsFromEnv('instagram', { CLEARPOST_INSTAGRAM_API_URL: 'graph.facebook.com' })).toThrow(/CLEARPOST_INSTAGRAM_API_URL/);
  expect(() => adapterOptionsFromEnv('x', { CLEARPOST_X_TIMEOUT_MS: 'soon' })).toThrow(/CLEARPOST_X_TIMEOUT_MS/);
});

describe('createAdapter', () => {
  it('builds each platform from the environment, LinkedIn version included', async () => {
    const { createAdapter } = await import('../adapter-factory');
    for (const platform of ['facebook', 'instagram', 'x', 'linkedin', 'webhook', 'outbox'] as const) {
      expect(createAdapter(platform, { env: {} }).platform).toBe(platform);
    }
    const seen: Array<Record<string, string>> = [];
    const fetchSpy = async (_url: string, init?: RequestInit) => {
      seen.push(init?.headers as Record<string, string>);
      return new Response(null, { status: 201, headers: { 'x-restli-id': 'urn:li:share:1' } });
    };
    const linkedin = createAdapter('linkedin', { env: { CLEARPOST_LINKEDIN_VERSION: '202609' }, fetch: fetchSpy });
    await linkedin.publish({ idempotencyKey: 'k', text: 'hi', images: [], credentials: { accessToken: 't', accountId: 'urn:li:person:abc' } });
    expect(seen[0]['LinkedIn-Version']).toBe('202609');
  });
});
