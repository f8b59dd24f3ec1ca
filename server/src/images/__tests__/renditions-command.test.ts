import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createRenditionsCommand } from '../../cli/renditions-command';
import { cameraPortraitJpeg, noisyJpeg, pixelBombPng } from './helpers/make-images';

jest.setTimeout(60_000);

const repoRoot = path.resolve(__dirname, '../../../..');
const compiledCli = path.join(repoRoot, 'dist-cli/server/src/cli/renditions-command.js');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const command = createRenditionsCommand({ stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { command, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('clearpost renditions', () => {
  let dir: string;
  const bad: Record<string, string> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'clearpost-renditions-'));
    await writeFile(path.join(dir, 'photo.jpg'), await cameraPortraitJpeg());
    const jpeg = await noisyJpeg(1200, 900);
    const files: Record<string, Buffer> = {
      'truncated.jpg': jpeg.subarray(0, jpeg.length >> 1),
      'bomb.png': pixelBombPng(),
      'empty.jpg': Buffer.alloc(0),
      'script.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'notes.jpg': Buffer.from('not really a picture\n'),
    };
    for (const [name, data] of Object.entries(files)) {
      bad[name] = path.join(dir, name);
      await writeFile(bad[name]!, data);
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the chosen presets and prints one JSON line each', async () => {
    const { command, stdout, stderr } = capture();
    const out = path.join(dir, 'out');
    const code = await command.run([path.join(dir, 'photo.jpg'), '--out', out, '--presets', 'x,instagram-portrait', '--focal', '0.5,0.2']);
    expect([code, stderr()]).toEqual([0, '']);
    const lines = stdout().trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.preset, l.width, l.height, l.format])).toEqual([
      ['x', 1600, 900, 'jpeg'],
      ['instagram-portrait', 1080, 1350, 'jpeg'],
    ]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['preset', 'width', 'height', 'bytes', 'format', 'path']);
      const file = await readFile(line.path);
      const metadata = await sharp(file).metadata();
      expect([metadata.width, metadata.height, file.byteLength, metadata.exif]).toEqual([line.width, line.height, line.bytes, undefined]);
    }
    expect((await readdir(out)).sort()).toEqual(['photo-instagram-portrait.jpg', 'photo-x.jpg']);
  });

  it('adds the warnings to the line of a preset the source is too small for', async () => {
    const small = path.join(dir, 'small.png');
    await writeFile(small, await sharp({ create: { width: 900, height: 900, channels: 3, background: '#456' } }).png().toBuffer());
    const { command, stdout } = capture();
    expect(await command.run([small, '-o', path.join(dir, 'small-out'), '-p', 'instagram-square'])).toBe(0);
    const line = JSON.parse(stdout());
    expect([line.width, line.height, line.format, line.path.endsWith('small-instagram-square.jpg')]).toEqual([900, 900, 'jpeg', true]);
    expect(line.warnings).toEqual([expect.stringContaining('too small')]);
  });

  it.each([
    ['truncated.jpg', 'corrupt or truncated'],
    ['bomb.png', 'image too large: 900 megapixels, limit 100'],
    ['empty.jpg', 'empty file'],
    ['script.svg', 'unsupported format svg'],
    ['notes.jpg', 'not an image'],
  ])('rejects %s with exit 1 and says why', async (name, message) => {
    const { command, stdout, stderr } = capture();
    const code = await command.run([bad[name]!, '--out', path.join(dir, 'rejected')]);
    expect(code).toBe(1);
    expect(stdout()).toBe('');
    expect(stderr()).toBe(`clearpost renditions: ${bad[name]}: image rejected: ${message}\n`);
    expect(existsSync(path.join(dir, 'rejected'))).toBe(false);
  });

  it.each([
    [['--out', '/tmp/x'], /missing <image>/],
    [['a.jpg'], /missing --out/],
    [['a.jpg', '--out', 'o', '--focal', '2,0'], /--focal wants x,y/],
    [['a.jpg', '--out', 'o', '--bogus'], /Unknown option '--bogus'/],
  ])('usage error %j exits 2', async (argv, message) => {
    const { command, stderr } = capture();
    expect(await command.run(argv)).toBe(2);
    expect(stderr()).toMatch(message);
    expect(stderr()).toContain('Usage: clearpost renditions');
  });

  it('names an unknown preset', async () => {
    const { command, stderr } = capture();
    expect(await command.run([path.join(dir, 'photo.jpg'), '--out', path.join(dir, 'o2'), '--presets', 'tiktok'])).toBe(2);
    expect(stderr()).toContain("unknown preset 'tiktok'");
  });

  it('--help prints usage and exits 0', async () => {
    const { command, stdout } = capture();
    expect(await command.run(['--help'])).toBe(0);
    expect(stdout()).toContain('--focal <x,y>');
  });

  it('a missing file exits 1', async () => {
    const { command, stderr } = capture();
    expect(await command.run([path.join(dir, 'nope.jpg'), '--out', dir])).toBe(1);
    expect(stderr()).toContain('ENOENT');
  });

  (existsSync(compiledCli) ? it : it.skip)('the compiled CLI exits non-zero on a bad image', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/clearpost.js'), 'renditions', bad['script.svg']!, '--out', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unsupported format svg');
  });
});
