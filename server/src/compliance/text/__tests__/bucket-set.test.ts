import { BucketSet } from '../bucket-set';

describe('BucketSet', () => {
  it('keeps each bucket once, in first-seen order, and starts empty after reset', () => {
    const set = new BucketSet();
    set.reset(8);
    for (const b of [7, 3, 7, 262143, 3, 0]) set.add(b);
    expect(Array.from(set.out.subarray(0, set.count))).toEqual([7, 3, 262143, 0]);
    set.reset(8);
    set.add(3);
    expect(Array.from(set.out.subarray(0, set.count))).toEqual([3]);
  });

  it('grows for a text with many distinct buckets', () => {
    const set = new BucketSet();
    set.reset(5000);
    for (let b = 0; b < 5000; b++) set.add(b * 37);
    for (let b = 0; b < 5000; b++) set.add(b * 37);
    expect(set.count).toBe(5000);
    expect(set.out[4999]).toBe(4999 * 37);
  });
});
