/* The inputs of the compliance bench (scripts/bench/compliance.ts) and of scripts/compare-builds.ts: no engine import, so a
 * comparison can time another build's engine on the same inputs. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { CheckInput, Directory, Platform, TextKind } from '../../server/src/compliance/types';
import { readJsonl, repoRoot } from '../repo-paths';
import { mulberry32 } from './seeded-random';

const prng = mulberry32;

const OPENERS = ['Big news!', 'Did you know?', 'Reminder:', 'This week at the clinic:', 'Health tip:', 'Thank you, neighbours!', 'Quick question for you:'];
const TOPICS = ['flu shots', 'blood pressure checks', 'our new pediatric wing', 'sun safety', 'heart health', 'sleep habits', 'healthy lunchboxes', 'diabetes prevention classes', 'walking groups', 'hand washing'];
const BODIES = [
  'Stop by any front desk between 8am and 5pm, no appointment needed.',
  'Our nurses answered {n} questions last month and we love hearing from you.',
  'Join us on Saturday, May {d} for a free community fair with games and screenings.',
  'Thanks to Dr. {staff} and the whole team for making it happen.',
  '{name} from our volunteer crew brought coffee for everyone this morning.',
  'Room {n} patient {name} went home today after a long stay, so proud of you!',
  'Call (555) 201-{p} to book, or visit riverside.example/appointments.',
  'Hi {name}, your {term} results are ready, call us at 555-{p}-{p}.',
  'About {n} in 10 adults will deal with {term} at some point; talk to your doctor.',
  'Write to us at hello@riverside.example with ideas for our next workshop.',
];
const CLOSERS = ['#health #community', 'See you there!', 'Share with a friend.', 'Questions? Comment below.', '💙', 'Stay well, everyone.'];
const NAMES = ['Maria', 'James Okafor', 'Linh', 'Sofia Brandt', 'Tom', 'Priya', 'Gabriel Souza', 'Anneke', 'Kwame', 'Jo'];
const STAFF = ['Alvarez', 'Raman', 'Whitfield', 'Brooks', 'Nowak'];
const TERMS = ['cholesterol', 'A1C', 'asthma', 'biopsy', 'thyroid panel', 'migraine', 'MRI'];

export function generatePosts(count: number, seed = 42): Array<{ text: string; kind: TextKind; platform: Platform }> {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const fill = (s: string) =>
    s
      .replace(/\{n\}/g, () => String(2 + Math.floor(rnd() * 400)))
      .replace(/\{d\}/g, () => String(1 + Math.floor(rnd() * 28)))
      .replace(/\{p\}/g, () => String(1000 + Math.floor(rnd() * 8999)))
      .replace(/\{name\}/g, () => pick(NAMES))
      .replace(/\{staff\}/g, () => pick(STAFF))
      .replace(/\{term\}/g, () => pick(TERMS));
  const platforms: Platform[] = ['x', 'facebook', 'instagram', 'linkedin'];
  const posts: Array<{ text: string; kind: TextKind; platform: Platform }> = [];
  for (let i = 0; i < count; i++) {
    let text = `${pick(OPENERS)} Let's talk about ${pick(TOPICS)}.`;
    while (text.length < 240) text += ` ${fill(pick(BODIES))}`;
    text = `${text} ${pick(CLOSERS)}`;
    posts.push({ text, kind: rnd() < 0.8 ? 'post' : 'reply', platform: pick(platforms) });
  }
  return posts;
}

export const BENCH_DIRECTORY: Directory = {
  organisation: 'Riverside Family Health',
  website: 'riverside.example',
  staff: [{ name: 'Dr. Maria Alvarez' }, { name: 'Dr. Priya Raman' }, { name: 'Dr. Samuel Whitfield' }],
  departments: [{ name: 'Main Line', phone: '(555) 201-4000' }],
};

export interface LabelledItem {
  kind: TextKind;
  platform?: Platform;
  text: string;
  context?: string;
}

/**
 * The helper-written posts and replies of tests/fixtures, replies with the comment they answer: real wording is
 * denser than the generated posts, and a comment is a second text the reply rules read.
 */
export function labelledItems(): { posts: LabelledItem[]; replies: LabelledItem[] } {
  const dir = path.join(repoRoot(), 'tests/fixtures');
  const items = readdirSync(dir)
    .filter((f) => /^probe\d*-posts\.jsonl$/.test(f))
    .sort()
    .flatMap((f) => readJsonl<LabelledItem>(path.join(dir, f)));
  return { posts: items.filter((i) => i.kind === 'post'), replies: items.filter((i) => i.kind === 'reply' && i.context) };
}

/** A labelled item as the bench checks it: against the bench's directory, a reply with the comment it answers. */
export const labelledInput = (item: LabelledItem): CheckInput => ({
  text: item.text,
  kind: item.kind,
  platform: item.platform,
  context: item.kind === 'reply' ? item.context : undefined,
  directory: BENCH_DIRECTORY,
});
