/**
 * A small seeded random source for property tests, so that a failing case can be replayed: xorshift32
 * (Marsaglia), state never zero.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A string of `length` digits, the first one not zero unless `length` is 1. */
  digits(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += String(i === 0 && length > 1 ? this.int(1, 9) : this.int(0, 9));
    return s;
  }
}
