import { check } from '../../engine';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

const template = (text: string) =>
  check({ text, kind: 'template', directory: TEST_DIRECTORY }).findings.filter((f) => f.category === 'template');

describe('reply templates', () => {
  it('pass with a routing placeholder', () => {
    expect(template('Thanks for reaching out, {{firstName}}! Please call {{department}} at {{phone}}.')).toEqual([]);
  });

  it('pass with a directory department phone', () => {
    expect(template('Sorry to hear that. Please call our front desk at (555) 300-1000.')).toEqual([]);
  });

  it('block when they route nowhere', () => {
    const fs = template('Thanks for the kind words, we appreciate you!');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ type: 'no-routing', severity: 'block' });
  });

  it('block unknown placeholders and name them', () => {
    const fs = template('Hi {{firstname}}, call {{phone}} or ask {{doctor}}.');
    expect(fs.map((f) => f.text)).toEqual(['{{firstname}}', '{{doctor}}']);
    expect(fs[0]?.message).toContain('firstname');
  });

  it('do not apply to other kinds', () => {
    expect(check({ text: 'Hi {{whatever}}', kind: 'post', directory: TEST_DIRECTORY }).findings.filter((f) => f.category === 'template')).toEqual([]);
  });
});
