import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStrapi, type Core } from '@strapi/strapi';
import { DIST_DIR, REPO_ROOT } from './paths';

export interface TestStrapi {
  strapi: Core.Strapi;
  baseUrl: string;
  destroy: () => Promise<void>;
}

export interface BootOptions {
  /** Environment for this boot (config reads process.env during load). */
  env?: Record<string, string | undefined>;
  /** Another dist dir, e.g. one whose config/ was swapped for a test. */
  distDir?: string;
  /** Start the HTTP server on an ephemeral port. Default true. */
  http?: boolean;
  /** Called between createStrapi() and load(), e.g. to watch what plugins register. */
  beforeLoad?: (strapi: Core.Strapi) => void;
}

const BASE_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
  BROWSER: 'false',
};

function applyEnv(env: Record<string, string | undefined>): () => void {
  const previous: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    previous[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

/** Boots a real Strapi on its own temporary SQLite file (unless env chooses another database). */
export async function bootStrapi(options: BootOptions = {}): Promise<TestStrapi> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-test-'));
  const restoreEnv = applyEnv({
    ...BASE_ENV,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(tmp, 'data.db'),
    ...options.env,
  });

  const app = createStrapi({
    appDir: REPO_ROOT,
    distDir: options.distDir ?? DIST_DIR,
    autoReload: false,
    serveAdminPanel: false,
  });

  const destroy = async () => {
    await app.destroy().catch(() => undefined);
    restoreEnv();
    fs.rmSync(tmp, { recursive: true, force: true });
  };

  try {
    options.beforeLoad?.(app);
    await app.load();
    let baseUrl = '';
    if (options.http !== false) {
      app.server.mount();
      await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
      const { port } = app.server.httpServer.address() as AddressInfo;
      baseUrl = `http://127.0.0.1:${port}`;
    }
    return { strapi: app, baseUrl, destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}
