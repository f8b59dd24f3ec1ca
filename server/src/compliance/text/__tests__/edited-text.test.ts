import { applyEdits } from '../edited-text';

describe('applyEdits', () => {
  it('maps spans around a replacement back to the original', () => {
    const edited = applyEdits('ur appt is at 3', [{ start: 0, end: 2, replacement: 'your' }]);
    expect(edited.text).toBe('your appt is at 3');
    const appt = edited.text.indexOf('appt');
    expect([edited.originalStart(appt), edited.originalEnd(appt + 4)]).toEqual([3, 7]);
  });

  it('widens a span that starts or ends inside a replacement to all it replaced', () => {
    const edited = applyEdits('w/ Dr. Marsh', [{ start: 0, end: 2, replacement: 'with' }]);
    expect([edited.originalStart(2), edited.originalEnd(3)]).toEqual([0, 2]);
  });

  it('starts a span after deleted characters and ends it before them', () => {
    const edited = applyEdits('\n\nMaria\u00ad in 4', [
      { start: 0, end: 2, replacement: '' },
      { start: 7, end: 8, replacement: '' },
    ]);
    expect(edited.text).toBe('Maria in 4');
    expect([edited.originalStart(0), edited.originalEnd(5)]).toEqual([2, 7]);
    expect(edited.originalStart(5)).toBe(8);
  });

  it('leaves an unedited text alone', () => {
    const edited = applyEdits('room 4', []);
    expect([edited.text, edited.originalStart(5), edited.originalEnd(6)]).toEqual(['room 4', 5, 6]);
  });
});
