import { createAdapter, type PlatformAdapter, type PlatformName } from '../platforms';

/** One adapter per platform for the life of the runtime (the outbox keeps its entries in it). */
export function createAdapterRegistry(env: Record<string, string | undefined> = process.env): (platform: PlatformName) => PlatformAdapter {
  const adapters = new Map<PlatformName, PlatformAdapter>();
  return (platform) => {
    let adapter = adapters.get(platform);
    if (!adapter) {
      adapter = createAdapter(platform, { env });
      adapters.set(platform, adapter);
    }
    return adapter;
  };
}
