import { validatePluginConfig } from '../../config';

describe('analytics plugin config keys', () => {
  it('accepts roi settings and a credentials key', () => {
    const config = validatePluginConfig({ timezone: 'UTC', roi: { valuePerConversion: 250, topK: 2 }, credentialsKey: 'k'.repeat(32) });
    expect(config.roi).toMatchObject({ valuePerConversion: 250, topK: 2, hourlyRate: 60 });
  });

  it('names the bad key', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', roi: { topK: 0 } })).toThrow(/'roi\.topK'/);
    expect(() => validatePluginConfig({ timezone: 'UTC', roi: { valuePerClick: 3 } })).toThrow(/unknown key 'roi\.valuePerClick'/);
    expect(() => validatePluginConfig({ timezone: 'UTC', credentialsKey: 'short' })).toThrow(/'credentialsKey': must be at least 32 characters/);
  });
});
