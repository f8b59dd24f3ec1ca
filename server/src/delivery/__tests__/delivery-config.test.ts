import { validatePluginConfig } from '../../config';
import { resolveDeliveryConfig } from '../delivery-config';

describe('delivery config', () => {
  it('fills defaults and keeps what was given', () => {
    const config = resolveDeliveryConfig({ redis: { url: 'redis://127.0.0.1:6379' }, delivery: { concurrency: 3, limiter: { x: { max: 10, durationMs: 60_000 } } } });
    expect(config).toMatchObject({ workers: true, concurrency: 3, prefix: 'clearpost', redisUrl: 'redis://127.0.0.1:6379' });
    expect(config.limiter.x).toEqual({ max: 10, durationMs: 60_000 });
    expect(config.limiter.facebook).toEqual({ max: 50, durationMs: 60_000 });
    expect(resolveDeliveryConfig(undefined)).toMatchObject({ redisUrl: null, workers: true });
  });

  it('names a bad key when the plugin config is validated at boot', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', delivery: { concurency: 2 } })).toThrow(/unknown key 'delivery.concurency'/);
    expect(() => validatePluginConfig({ timezone: 'UTC', delivery: { concurrency: 0 } })).toThrow(/'delivery.concurrency'/);
    expect(() => validatePluginConfig({ timezone: 'UTC', delivery: { limiter: { myspace: { max: 1, durationMs: 1 } } } })).toThrow(/delivery.limiter/);
    expect(() => validatePluginConfig({ timezone: 'UTC', delivery: { prefix: 'has:colon' } })).toThrow(/'delivery.prefix'/);
    expect(() => validatePluginConfig({ timezone: 'UTC', delivery: { workers: false, reconcileEveryMs: 5000 } })).not.toThrow();
  });
});
