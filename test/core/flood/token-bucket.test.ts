import { describe, expect, it } from 'vitest';
import { type Bucket, type FloodVerdict, takeToken } from '../../../src/core/flood/token-bucket.js';
import { createMemoryFloodGuard } from '../../../src/ports/flood-guard.js';

const policy = { capacity: 3, refillPerSecond: 1 };

function burst(count: number, atMs: (i: number) => number): FloodVerdict[] {
  let bucket: Bucket | undefined;
  const verdicts: FloodVerdict[] = [];
  for (let i = 0; i < count; i += 1) {
    const taken = takeToken(bucket, atMs(i), policy);
    bucket = taken.bucket;
    verdicts.push(taken.verdict);
  }
  return verdicts;
}

describe('takeToken', () => {
  it('lets a burst of `capacity` through, warns once, then drops silently', () => {
    expect(burst(6, () => 0)).toEqual(['ok', 'ok', 'ok', 'warn', 'drop', 'drop']);
  });

  it('never limits a sender who keeps to the refill rate', () => {
    expect(burst(50, (i) => i * 1000).every((v) => v === 'ok')).toBe(true);
  });

  it('answers again once the bucket has refilled, and warns again on the next flood', () => {
    const verdicts = burst(10, (i) => (i < 5 ? 0 : 10_000 + (i - 5)));
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'warn', 'drop', 'ok', 'ok', 'ok', 'warn', 'drop']);
  });

  it('does not go backwards when the clock does', () => {
    const bucket = takeToken(undefined, 5000, policy).bucket;
    expect(takeToken(bucket, 1000, policy).verdict).toBe('ok');
  });
});

describe('createMemoryFloodGuard', () => {
  it('limits each sender on their own', async () => {
    const guard = createMemoryFloodGuard(policy);
    const now = new Date('2026-11-25T02:00:00Z');
    const flood: FloodVerdict[] = [];
    for (let i = 0; i < 100; i += 1) flood.push(await guard.hit('telegram/1', now));
    expect(flood.filter((v) => v === 'ok')).toHaveLength(3);
    expect(flood.filter((v) => v === 'warn')).toHaveLength(1);
    expect(await guard.hit('telegram/2', now)).toBe('ok');
  });
});
