/**
 * The distinct feature buckets of one text, in first-seen order. A small open-addressed table stamped per
 * text, instead of a stamp per bucket of the whole feature space: a 2^18-entry stamp array is 1 MB, and
 * touching it at random missed the cache on nearly every feature.
 */
export class BucketSet {
  private keys = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  private shift = 32 - 10;
  private generation = 0;
  out = new Int32Array(256);
  count = 0;

  /** Empties the set, ready for up to `capacity` distinct buckets. */
  reset(capacity: number): void {
    if (this.out.length < capacity) this.out = new Int32Array(capacity * 2);
    if (this.keys.length < capacity * 4) {
      let bits = 10;
      while (1 << bits < capacity * 4) bits++;
      this.keys = new Int32Array(1 << bits);
      this.stamps = new Uint32Array(1 << bits);
      this.shift = 32 - bits;
      this.generation = 0;
    }
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    this.count = 0;
  }

  add(bucket: number): void {
    const mask = this.keys.length - 1;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> this.shift;
    for (;;) {
      if (this.stamps[slot] !== this.generation) {
        this.stamps[slot] = this.generation;
        this.keys[slot] = bucket;
        this.out[this.count++] = bucket;
        return;
      }
      if (this.keys[slot] === bucket) return;
      slot = (slot + 1) & mask;
    }
  }
}
