import { spawn, type ChildProcess } from 'node:child_process';
import { DIST_DIR, REPO_ROOT } from './paths';

/**
 * A second Strapi instance in its own process (Strapi keeps a global `strapi`, so two cannot share
 * one process), sharing the test's database and Redis. It signs webhooks with the fake's secret and
 * sends as account "child", so the test can tell which instance delivered what.
 */
const CHILD = `
const { createStrapi } = require('@strapi/strapi');
(async () => {
  const app = createStrapi({ appDir: process.env.CP_APP_DIR, distDir: process.env.CP_DIST_DIR, autoReload: false, serveAdminPanel: false });
  await app.load();
  app.plugin('clearpost').service('delivery').useCredentials(async () => ({
    accessToken: process.env.CP_WEBHOOK_SECRET, accountId: 'child', endpointUrl: process.env.CP_WEBHOOK_URL,
  }));
  process.on('SIGTERM', () => app.destroy().finally(() => process.exit(0)));
  process.stdout.write('READY\\n');
})().catch((error) => { console.error(error); process.exit(1); });
`;

export interface ChildInstance {
  process: ChildProcess;
  kill(): void;
  stop(): Promise<void>;
}

export async function startChildInstance(options: { distDir?: string; env: Record<string, string>; webhookSecret: string; webhookUrl: string }): Promise<ChildInstance> {
  const child = spawn(process.execPath, ['-e', CHILD], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      STRAPI_LOG_LEVEL: 'error',
      ...options.env,
      CP_APP_DIR: REPO_ROOT,
      CP_DIST_DIR: options.distDir ?? DIST_DIR,
      CP_WEBHOOK_SECRET: options.webhookSecret,
      CP_WEBHOOK_URL: options.webhookUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child instance did not start in 90 s: ${stderr}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child instance exited with ${code}: ${stderr}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    kill: () => child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
