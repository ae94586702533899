import { describe, expect, it } from 'vitest';
import { type Bucket, type FloodVerdict, takeToken } from '../../../src/core/flood/token-bucket.js';

const policy = { capacity: 3, refillPerSecond: 1, quietMs: 10_000 };

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

  it('answers again once the bucket has refilled, and warns again on a flood after the episode ended', () => {
    // The first flood's last message over the limit is at 0; the next flood starts 10 s later (quietMs).
    const verdicts = burst(10, (i) => (i < 5 ? 0 : 10_000 + (i - 5)));
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'warn', 'drop', 'ok', 'ok', 'ok', 'warn', 'drop']);
  });

  it('warns once per episode, not once per refill: a 60-second flood gets one warning and the refill answered', () => {
    // 100 messages a second for 60 s: the refill lets one through a second, the episode never ends.
    const verdicts = burst(6000, (i) => i * 10);
    expect(verdicts.filter((v) => v === 'warn')).toHaveLength(1);
    const answered = verdicts.filter((v) => v === 'ok').length;
    expect(answered).toBeGreaterThanOrEqual(policy.capacity + 59);
    expect(answered).toBeLessThanOrEqual(policy.capacity + 60);
  });

  it('keeps the episode open while the sender goes over the limit less than quietMs apart', () => {
    // Bursts of 5 every 5 s: each burst goes over the limit, but never 10 s apart.
    const verdicts = burst(50, (i) => Math.floor(i / 5) * 5000);
    expect(verdicts.filter((v) => v === 'warn')).toHaveLength(1);
    // Quiet for 10 s after the last message over the limit: the next flood is a new episode.
    expect(burst(8, (i) => (i < 4 ? 0 : 10_000))).toEqual(['ok', 'ok', 'ok', 'warn', 'ok', 'ok', 'ok', 'warn']);
  });

  it('does not go backwards when the clock does', () => {
    const bucket = takeToken(undefined, 5000, policy).bucket;
    expect(takeToken(bucket, 1000, policy).verdict).toBe('ok');
  });
});
