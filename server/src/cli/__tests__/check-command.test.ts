import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The interface the project is measured with: `clearpost check --jsonl` and `clearpost check "text"`, run as a user runs them.
const repoRoot = path.resolve(__dirname, '../../../..');
const bin = path.join(repoRoot, 'bin/clearpost.js');
const compiled = existsSync(path.join(repoRoot, 'dist-cli/server/src/cli/check-command.js'));

function clearpost(args: string[], input = ''): { status: number | null; lines: Array<Record<string, unknown>>; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, 'check', ...args], { input, encoding: 'utf8' });
  const lines = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return { unparsed: line };
      }
    });
  return { status: run.status, lines, stdout: run.stdout, stderr: run.stderr };
}

(compiled ? describe : describe.skip)('clearpost check', () => {
  it('--jsonl answers every line in order, and a bad line gets an error while the run goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', kind: 'post', platform: 'x', text: 'Get well soon, John Carter in room 412!' }),
      'not json',
      JSON.stringify({ id: 'b', kind: 'memo', text: 'hello' }),
      JSON.stringify({ id: 7, kind: 'reply', text: 'Thanks for the kind words!', context: 'Great clinic' }),
    ].join('\n');
    const { status, lines } = clearpost(['--jsonl'], `${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', verdict: 'block' });
    expect(lines[1]).toEqual({ error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'b', error: expect.stringContaining('kind') });
    expect(lines[3]).toMatchObject({ id: 7, verdict: 'pass' });
  });

  it('a platform it has no limits for is still judged, with a warning; "Twitter" is X', () => {
    const long = `Our Walk With a Doc group meets every Saturday at 9am. ${'Bring water and comfortable shoes. '.repeat(10)}`;
    const input = [
      JSON.stringify({ id: 'g', kind: 'reply', platform: 'google', text: 'So sorry about your biopsy results, Maria.', context: 'Waiting on my biopsy' }),
      JSON.stringify({ id: 't', kind: 'post', platform: 'Twitter', text: long }),
    ].join('\n');
    const { lines } = clearpost(['--jsonl'], input);
    expect(lines[0]).toMatchObject({ id: 'g', verdict: 'block', warnings: [expect.stringContaining("platform 'google'")] });
    expect(lines[1]).toMatchObject({ id: 't', verdict: 'block' });
    expect((lines[1]!.findings as Array<{ rule: string }>).map((f) => f.rule)).toContain('digestibility.length.x.limit');
    expect(lines[1]).not.toHaveProperty('warnings');
  });

  it('one text: exit 1 on block with the span marked, 0 on pass, 2 on a usage error', () => {
    const blocked = clearpost(['Get well soon, John Carter in room 412!']);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toContain('John Carter');
    expect(clearpost(['Flu shots are available at all our clinics this week.']).status).toBe(0);
    const usage = clearpost(['hello', '--platform', 'myspace']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--platform must be one of');
  });
});
