/*
 * Image renditions: Clearpost's pipeline (decode once, cut every preset from one intermediate) against
 * the usual way (bare sharp reading the original once per preset, as Strapi's upload plugin does),
 * measured in the same run, each in its own child process so peak RSS figures don't mix. Also OCR time.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/bench/images.js
 */
import { fork } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createTextRecognizer, DEFAULT_PRESETS, OcrTimeoutError, renderRenditions } from '../../server/src/images';
import { planRendition, toPixelRegion, type FocalPoint } from '../../server/src/images/crop-plan';

const MODES = [
  'usual-sequential',
  'usual-parallel',
  'usual-parallel-standard-tables',
  'pipeline-c1',
  'pipeline',
  'pipeline-focal',
  'pipeline-buffer',
] as const;
type Mode = (typeof MODES)[number];

const ITERATIONS = 2;
/** Modes take turns over several rounds, so load from other processes on a shared machine hits all alike. */
const ROUNDS = 3;
const PEAK_RSS_GOAL_MB = 400;
const RATIO_GOAL = 0.5;
const FOCAL: FocalPoint = { x: 0.3, y: 0.4 };

interface ChildReport {
  mode: Mode;
  medianMs: number;
  runsMs: number[];
  peakRssMb: number;
  outputBytes: number;
}

/**
 * One rendition set the way Strapi's upload plugin makes its formats: a fresh sharp reading the
 * original file per size (Strapi 5.54 does them one after another), cropping by attention and
 * encoding at the same quality with sharp's defaults (optimised Huffman tables). The pipeline differs
 * in decoding once, in finding the attention point once and in encoding with standard tables first;
 * `standardTables` gives the usual way that last saving too, to show what decoding once alone is worth.
 */
async function usualWay(file: string, parallel: boolean, standardTables = false): Promise<Buffer[]> {
  const one = ({ width, height, quality }: { width: number; height: number; quality: number }) =>
    sharp(file, { failOn: 'warning', limitInputPixels: 100_000_000 })
      .rotate()
      .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
      .withIccProfile('srgb')
      .jpeg({ quality, optimiseCoding: !standardTables })
      .toBuffer();
  const presets = Object.values(DEFAULT_PRESETS);
  if (parallel) return Promise.all(presets.map(one));
  const out: Buffer[] = [];
  for (const preset of presets) out.push(await one(preset));
  return out;
}

/** Reads the file by path, as the usual way does and as asset processing does for the local provider; `pipeline-buffer` reads it into memory first, as for a remote provider. */
async function pipeline(file: string, mode: Mode): Promise<Buffer[]> {
  const input = mode === 'pipeline-buffer' ? await readFile(file) : file;
  const { renditions } = await renderRenditions(input, {
    concurrency: mode === 'pipeline-c1' ? 1 : 2,
    focalPoint: mode === 'pipeline-focal' ? FOCAL : null,
  });
  return renditions.map((r) => r.data);
}

function runMode(file: string, mode: Mode): Promise<Buffer[]> {
  if (mode === 'usual-sequential') return usualWay(file, false);
  if (mode === 'usual-parallel') return usualWay(file, true);
  if (mode === 'usual-parallel-standard-tables') return usualWay(file, true, true);
  return pipeline(file, mode);
}

async function child(mode: Mode, file: string): Promise<void> {
  // libvips' operation cache would let later iterations reuse earlier decodes; real uploads don't repeat.
  sharp.cache(false);
  let outputBytes = 0;
  const runsMs: number[] = [];
  for (let i = 0; i <= ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    const outputs = await runMode(file, mode);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) runsMs.push(ms); // the first run warms up code and libvips
    outputBytes = outputs.reduce((sum, b) => sum + b.byteLength, 0);
  }
  const report: ChildReport = {
    mode,
    medianMs: median(runsMs),
    runsMs,
    peakRssMb: await peakRssMb(),
    outputBytes,
  };
  process.send!(report);
}

/**
 * VmHWM, this process's own high-water mark. Not resourceUsage().maxRSS: on Linux that survives
 * fork and exec, so a child would report the parent's peak when the parent was larger.
 */
async function peakRssMb(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : process.resourceUsage().maxRSS / 1024;
}

function measure(mode: Mode, file: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ['--child', mode, file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: ChildReport | undefined;
    proc.on('message', (message) => (report = message as ChildReport));
    proc.on('error', reject);
    proc.on('exit', (code) => (report && code === 0 ? resolve(report) : reject(new Error(`${mode} child exited ${code}`))));
  });
}

/**
 * A 24 MP photo stand-in: smooth random structure at several scales plus per-pixel grain, so it
 * compresses like a camera JPEG (several MB) rather than like a flat colour.
 */
async function photoLikeJpeg(width = 6000, height = 4000): Promise<Buffer> {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const layer = async (w: number, h: number) => {
    const small = Buffer.alloc(w * h * 3);
    for (let i = 0; i < small.length; i++) small[i] = Math.floor(random() * 256);
    return sharp(small, { raw: { width: w, height: h, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  };
  const coarse = await layer(60, 40);
  const medium = await layer(600, 400);
  const fine = await layer(3000, 2000);
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) {
    const grain = (random() - 0.5) * 24;
    pixels[i] = Math.max(0, Math.min(255, Math.round(0.6 * coarse[i]! + 0.25 * medium[i]! + 0.15 * fine[i]! + grain)));
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}

/** How close focal crops cut from the intermediate are to the same crops cut straight from the original. */
async function similarity(file: string): Promise<string[]> {
  const ours = await pipeline(file, 'pipeline-focal');
  const { width, height } = await sharp(file).metadata();
  const names = Object.keys(DEFAULT_PRESETS);
  return Promise.all(
    ours.map(async (image, i) => {
      const preset = DEFAULT_PRESETS[names[i]!]!;
      const plan = planRendition(names[i]!, preset, { width, height }, FOCAL);
      const direct = await sharp(file)
        .extract(toPixelRegion(plan.crop, { width, height }))
        .resize(plan.width, plan.height, { fit: 'fill' })
        .jpeg({ quality: preset.quality })
        .toBuffer();
      const a = await sharp(image).raw().toBuffer();
      const b = await sharp(direct).raw().toBuffer();
      let squared = 0;
      for (let k = 0; k < a.length; k++) squared += (a[k]! - b[k]!) ** 2;
      const psnr = 10 * Math.log10((255 * 255) / (squared / a.length));
      return `${names[i]} ${psnr.toFixed(1)} dB`;
    })
  );
}

/** Where the pipeline's time goes: the serial part (decode, attention search) and the parallel encodes. */
async function stages(file: string): Promise<string> {
  sharp.cache(false);
  const serial: number[] = [];
  const encodes: number[] = [];
  for (let i = 0; i <= 5; i++) {
    const start = performance.now();
    let decoded = start;
    await renderRenditions(file, { onProgress: (p) => (p.preset === null ? (decoded = performance.now()) : undefined) });
    if (i === 0) continue; // warm-up
    serial.push(decoded - start);
    encodes.push(performance.now() - decoded);
  }
  return `inspect + decode + attention ${fmt(median(serial))} ms, 6 presets resized and encoded 2 at a time ${fmt(median(encodes))} ms`;
}

async function ocrTimes(photo: Buffer): Promise<void> {
  const text = (width: number, height: number, size: number, fill: string) =>
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${fill}"/>` +
        `<text x="40" y="${Math.round(height / 2 + size / 3)}" font-family="DejaVu Sans" font-size="${size}">Room 412 - J. Smith, DOB 03/14/1948</text></svg>`
    );
  const label = await sharp(text(1200, 200, 44, '#fff')).png().toBuffer();
  // A post image: smooth photo-like background (a crop of the bench photo, blurred) with a caption band.
  const post = await sharp(photo)
    .resize(1080, 1080, { fit: 'cover' })
    .blur(6)
    .composite([{ input: await sharp(text(1000, 90, 36, '#f4f1ea')).png().toBuffer(), left: 40, top: 900 }])
    .jpeg({ quality: 85 })
    .toBuffer();

  const recognizer = createTextRecognizer();
  const time = async (input: Buffer): Promise<{ ms: number; text: string }> => {
    const start = performance.now();
    try {
      const result = await recognizer.recognizeText(input);
      return { ms: performance.now() - start, text: result.text.replace(/\s+/g, ' ') };
    } catch (error) {
      if (error instanceof OcrTimeoutError) return { ms: performance.now() - start, text: `(${error.message})` };
      throw error;
    }
  };
  try {
    const first = await time(label);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push((await time(label)).ms);
    const posted = await time(post);
    const grainy = await time(photo);
    line('ocr label 1200×200, first call (starts worker)', `${fmt(first.ms)} ms, "${first.text}"`);
    line('ocr label 1200×200, warm worker (median of 3)', `${fmt(median(warm))} ms`);
    line('ocr 1080×1080 post image with caption', `${fmt(posted.ms)} ms, "${posted.text}"`);
    line('ocr 24 MP grainy photo, no text (worst case)', `${fmt(grainy.ms)} ms ${grainy.text.startsWith('(') ? grainy.text : ''}`);
  } finally {
    await recognizer.close();
  }
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clearpost-bench-images-'));
  try {
    const photo = await photoLikeJpeg();
    const file = path.join(dir, 'photo-24mp.jpg');
    await writeFile(file, photo);
    line('source', `6000×4000 JPEG q92, ${(photo.byteLength / 1e6).toFixed(1)} MB; ${Object.keys(DEFAULT_PRESETS).length} presets`);
    line('machine', `${os.cpus().length} CPUs, node ${process.version}, sharp ${sharp.versions.sharp}, libvips threads ${sharp.concurrency()}`);

    const all: Record<string, ChildReport[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of MODES) (all[mode] ??= []).push(await measure(mode, file));
    }
    const reports: Partial<Record<Mode, ChildReport>> = {};
    for (const mode of MODES) {
      const runsMs = all[mode]!.flatMap((r) => r.runsMs);
      const report: ChildReport = {
        mode,
        runsMs,
        medianMs: median(runsMs),
        peakRssMb: Math.max(...all[mode]!.map((r) => r.peakRssMb)),
        outputBytes: all[mode]![0]!.outputBytes,
      };
      reports[mode] = report;
      line(
        mode,
        `median ${fmt(report.medianMs)} ms (${runsMs.length} runs, ${fmt(Math.min(...runsMs))}–${fmt(Math.max(...runsMs))}), ` +
          `peak RSS ${fmt(report.peakRssMb)} MB, output ${(report.outputBytes / 1e6).toFixed(2)} MB`
      );
    }

    const ratio = (ours: Mode, usual: Mode) => reports[ours]!.medianMs / reports[usual]!.medianMs;
    const sequential = ratio('pipeline-c1', 'usual-sequential');
    const parallel = ratio('pipeline', 'usual-parallel');
    const best = reports['pipeline']!.medianMs / Math.min(reports['usual-sequential']!.medianMs, reports['usual-parallel']!.medianMs);
    line('ratio pipeline / usual, both one at a time', `${sequential.toFixed(2)}`);
    line('ratio pipeline / usual, both 2+ at a time', `${parallel.toFixed(2)}`);
    line('ratio pipeline / faster usual way', `${best.toFixed(2)} (goal ≤ ${RATIO_GOAL}) ${best <= RATIO_GOAL ? 'OK' : 'MISSED'}`);
    line('ratio pipeline / usual, 2+ at a time, same tables', `${ratio('pipeline', 'usual-parallel-standard-tables').toFixed(2)} (decoding once alone)`);
    line('ratio pipeline from a buffer / faster usual way', `${(reports['pipeline-buffer']!.medianMs / Math.min(reports['usual-sequential']!.medianMs, reports['usual-parallel']!.medianMs)).toFixed(2)} (original read into memory first)`);
    const peak = Math.max(reports['pipeline']!.peakRssMb, reports['pipeline-c1']!.peakRssMb, reports['pipeline-focal']!.peakRssMb);
    line('pipeline peak RSS', `${fmt(peak)} MB (goal ≤ ${PEAK_RSS_GOAL_MB}) ${peak <= PEAK_RSS_GOAL_MB ? 'OK' : 'MISSED'}`);
    line('PSNR focal crops: intermediate vs original', (await similarity(file)).join(', '));
    line('pipeline stages (median of 5, this process)', await stages(file));

    await ocrTimes(photo);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(48)} ${value}\n`);
}

if (require.main === module) {
  const [flag, mode, file] = process.argv.slice(2);
  const task = flag === '--child' && MODES.includes(mode as Mode) && file ? child(mode as Mode, file) : run();
  task.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
