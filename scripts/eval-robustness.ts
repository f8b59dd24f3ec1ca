/*
 * Does the gate judge the same words the same way however they were typed or pasted? Every labelled item of dev and
 * the study probes (held-out sets skipped) is checked as written and again after one change that keeps its meaning;
 * each change prints how many items it touched and how many verdicts it moved:
 *   node dist/scripts/eval-robustness.js [NAME...]   every change, or the named ones ("comment-lower")
 * A change can add blocks that are right: a post over a platform's limit counts every character as written, so a
 * block whose rules are all length limits is counted apart ("of them length").
 */
import type { Directory } from '../server/src/compliance/types';
import { blockingRules, blocks, studyFiles, type LabelledItem } from './lib/labelled-gate';
import { loadDatasetDirectory, readJsonl } from './repo-paths';

interface Change {
  name: string;
  /** What it changes: the text and the comment it answers, the text alone or the comment alone. */
  of: 'text-and-comment' | 'text' | 'comment';
  /** Only texts of this kind: an @handle or a team sign-off belongs under a reply. */
  only?: 'reply' | 'post';
  change(text: string): string;
}

const CHANGES: readonly Change[] = [
  { name: 'no-break-spaces', of: 'text-and-comment', change: (t) => t.replace(/ /g, '\u00a0') },
  { name: 'double-spaces', of: 'text-and-comment', change: (t) => t.replace(/ /g, '  ') },
  { name: 'leading-blank-line', of: 'text-and-comment', change: (t) => `\n  ${t}` },
  { name: 'combining-accents', of: 'text-and-comment', change: (t) => t.normalize('NFD') },
  { name: 'zero-width-spaces', of: 'text-and-comment', change: (t) => t.replace(/ /g, ' \u200b') },
  // The "bold" letters of a LinkedIn or Instagram post, from a Unicode font generator.
  { name: 'bold-letters', of: 'text-and-comment', change: toBoldLetters },
  { name: 'trailing-emoji', of: 'text-and-comment', change: (t) => `${t} 🙏` },
  // After a word of three lower-case letters or more, so "Dr. Raman" and "St. Mary's" stay on one line.
  { name: 'sentence-per-line', of: 'text-and-comment', change: (t) => t.replace(/((?:\b[a-z]{3,}[.!?]+|[!?]+)) (?=[A-Z])/g, '$1\n') },
  { name: 'curly-quotes', of: 'text-and-comment', change: (t) => t.replace(/(^|[\s(])'/g, '$1\u2018').replace(/'/g, '\u2019').replace(/"([^"]*)"/g, '\u201c$1\u201d') },
  // Contractions typed on a phone: "youre", "dont", "shes", "were so sorry", "well pass it along".
  {
    name: 'no-apostrophes',
    of: 'text-and-comment',
    change: (t) => t.replace(/(\w)['’](t|re|ll|ve|m|d)\b/gi, '$1$2').replace(/\b(it|that|he|she|what|there|let|here|who)['’]s\b/gi, '$1s'),
  },
  { name: 'trailing-hashtags', of: 'text', change: (t) => `${t} #FluSeason #RiversideCares` },
  { name: 'trailing-link', of: 'text', change: (t) => `${t} riversidefamilyhealth.example/news` },
  // A contact line a team may end every post and reply with.
  { name: 'trailing-sign-off', of: 'text', change: (t) => `${t} Questions? Call (555) 201-4000.` },
  { name: 'ampersand', of: 'text-and-comment', change: (t) => t.replace(/ and /g, ' & ') },
  { name: 'all-lower', of: 'text-and-comment', change: (t) => t.toLowerCase() },
  { name: 'no-final-stop', of: 'text-and-comment', change: (t) => t.replace(/\.$/, '') },
  { name: 'comment-lower', of: 'comment', change: (t) => t.toLowerCase() },
  { name: 'comment-capitals', of: 'comment', change: (t) => t.toUpperCase() },
  { name: 'comment-tag', of: 'comment', change: (t) => `@OurClinic ${t}` },
  // How a brand account answers on X and Instagram: the commenter's handle first, the writer's initials or team last.
  { name: 'reply-handle', of: 'text', only: 'reply', change: (t) => `@jmorales_82 ${t}` },
  // Facebook shows the commenter's name, and replies greet them by it.
  { name: 'reply-greeting', of: 'text', only: 'reply', change: (t) => `Hi Marisol! ${t}` },
  { name: 'reply-greeting-comma', of: 'text', only: 'reply', change: (t) => `Hi Marisol, ${t}` },
  { name: 'reply-take-care', of: 'text', only: 'reply', change: (t) => `${t} Take care, Marisol!` },
  { name: 'reply-initials', of: 'text', only: 'reply', change: (t) => `${t} ^KO` },
  { name: 'reply-team-sign-off', of: 'text', only: 'reply', change: (t) => `${t}\n– The Riverside Care Team` },
  { name: 'reply-thanks-first', of: 'text', only: 'reply', change: (t) => `Thanks for reaching out! ${t}` },
  { name: 'reply-hi-there', of: 'text', only: 'reply', change: (t) => `Hi there! ${t}` },
  { name: 'post-label-first', of: 'text', only: 'post', change: (t) => `UPDATE: ${t}` },
  { name: 'thread-number', of: 'text', change: (t) => `${t} (1/2)` },
  { name: 'leading-emoji', of: 'text-and-comment', change: (t) => `💙 ${t}` },
  { name: 'hashtags-own-line', of: 'text', change: (t) => `${t}\n\n#TBFreeRiverside #HealthForAll` },
];

function toBoldLetters(text: string): string {
  return text.replace(/[A-Za-z0-9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code <= 57) return String.fromCodePoint(0x1d7ce + code - 48);
    return String.fromCodePoint(code <= 90 ? 0x1d400 + code - 65 : 0x1d41a + code - 97);
  });
}

interface Moved {
  touched: number;
  lost: number;
  gained: number;
  added: number;
  addedByLength: number;
  dropped: number;
}

const onlyLength = (rules: ReadonlySet<string>): boolean => [...rules].every((rule) => rule.startsWith('digestibility.length.'));

function changed(item: LabelledItem, change: Change): LabelledItem | undefined {
  if (change.only && item.kind !== change.only) return undefined;
  const context = item.context && change.of !== 'text' ? change.change(item.context) : item.context;
  const text = change.of === 'comment' ? item.text : change.change(item.text);
  return text === item.text && context === item.context ? undefined : { ...item, text, context };
}

function measure(items: readonly LabelledItem[], asWritten: readonly boolean[], change: Change, directory: Directory): Moved {
  const moved: Moved = { touched: 0, lost: 0, gained: 0, added: 0, addedByLength: 0, dropped: 0 };
  items.forEach((item, i) => {
    const other = changed(item, change);
    if (!other) return;
    moved.touched++;
    const rules = blockingRules(other, directory);
    const blocked = rules.size > 0;
    if (blocked === asWritten[i]) return;
    if (item.should_block) moved[blocked ? 'gained' : 'lost']++;
    else moved[blocked ? 'added' : 'dropped']++;
    if (!item.should_block && blocked && onlyLength(rules)) moved.addedByLength++;
  });
  return moved;
}

function main(names: readonly string[]): void {
  const unknown = names.filter((n) => !CHANGES.some((c) => c.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown change ${unknown.join(', ')}; known: ${CHANGES.map((c) => c.name).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const directory = loadDatasetDirectory();
  const items = studyFiles().flatMap((file) => readJsonl<LabelledItem>(file).filter((item) => typeof item.should_block === 'boolean'));
  const asWritten = items.map((item) => blocks(item, directory));
  const catches = items.filter((item, i) => item.should_block && asWritten[i]).length;
  process.stdout.write(`${items.length} labelled items, ${catches} caught as written\n`);
  process.stdout.write(
    `${'change'.padEnd(20)} ${'touched'.padStart(8)} ${'catches lost'.padStart(13)} ${'gained'.padStart(7)} ${'false blocks added'.padStart(19)} ${'of them length'.padStart(15)} ${'dropped'.padStart(8)}\n`,
  );
  for (const change of CHANGES.filter((c) => names.length === 0 || names.includes(c.name))) {
    const m = measure(items, asWritten, change, directory);
    process.stdout.write(
      `${change.name.padEnd(20)} ${String(m.touched).padStart(8)} ${String(m.lost).padStart(13)} ${String(m.gained).padStart(7)} ${String(m.added).padStart(19)} ${String(m.addedByLength).padStart(15)} ${String(m.dropped).padStart(8)}\n`,
    );
  }
}

main(process.argv.slice(2));
