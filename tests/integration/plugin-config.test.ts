import fs from 'node:fs';
import path from 'node:path';
import { bootStrapi } from '../helpers/boot-strapi';
import { DIST_DIR, REPO_ROOT } from '../helpers/paths';

/** A dist dir whose config/plugins.js gives the plugin `config`. */
function distWithPluginConfig(config: unknown): string {
  // Inside the repo, so config can still find the package root.
  fs.mkdirSync(path.join(REPO_ROOT, '.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(REPO_ROOT, '.tmp', 'dist-'));
  fs.cpSync(path.join(DIST_DIR, 'config'), path.join(dir, 'config'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'config', 'plugins.js'),
    `module.exports = () => (${JSON.stringify({ clearpost: { enabled: true, resolve: REPO_ROOT, config } })});\n`
  );
  return dir;
}

async function bootError(config: unknown): Promise<string> {
  const distDir = distWithPluginConfig(config);
  try {
    const app = await bootStrapi({ distDir, http: false });
    await app.destroy();
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    fs.rmSync(distDir, { recursive: true, force: true });
  }
}

describe('plugin config validation', () => {
  it('stops boot on an unknown key and names it', async () => {
    const message = await bootError({ timezone: 'UTC', redsi: { url: 'redis://127.0.0.1:6379' } });
    expect(message).toMatch(/clearpost/);
    expect(message).toMatch(/unknown key 'redsi'/);
  });

  it('stops boot on a wrong type and says what was expected', async () => {
    const message = await bootError({ timezone: 42 });
    expect(message).toMatch(/'timezone'/);
    expect(message).toMatch(/expected string/i);
  });

  it('stops boot on a time zone that does not exist', async () => {
    const message = await bootError({ timezone: 'Europe/Atlantis' });
    expect(message).toMatch(/'timezone': must be an IANA time zone/);
  });

  it('stops boot on a compliance option out of range and names it', async () => {
    const message = await bootError({ timezone: 'UTC', compliance: { platformLimits: { x: 0 } } });
    expect(message).toMatch(/'compliance\.platformLimits\.x'/);
  });

  it('the live check uses compliance options from the config file', async () => {
    const distDir = distWithPluginConfig({ timezone: 'UTC', compliance: { platformLimits: { x: 20 } } });
    const app = await bootStrapi({ distDir, http: false });
    try {
      const report = await app.strapi.plugin('clearpost').service('compliance-gate').liveCheck({ text: 'Flu shots at all three clinics.', kind: 'post', platform: 'x' });
      expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('digestibility.length.x.limit');
    } finally {
      await app.destroy();
      fs.rmSync(distDir, { recursive: true, force: true });
    }
  });

  it('boots with a valid config', async () => {
    expect(await bootError({ timezone: 'America/Chicago', redis: { url: 'redis://127.0.0.1:6379' } })).toBe('');
  });
});
