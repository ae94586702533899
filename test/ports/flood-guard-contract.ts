/**
 * The FloodGuard contract: a token bucket per sender (capacity, refill per second), one warning per
 * flood episode and silence for the rest of it, by the caller's clock. The in-memory guard and the
 * Redis guard (shared by replicas) run it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FloodPolicy, FloodVerdict } from '../../src/core/flood/token-bucket.js';
import type { FloodGuard } from '../../src/ports/flood-guard.js';

/** The policy the contract is written for: 3 messages at once, one more per second, 10 s of quiet ends an episode. */
export const CONTRACT_FLOOD_POLICY: FloodPolicy = { capacity: 3, refillPerSecond: 1, quietMs: 10_000 };

export interface FloodGuardWorld {
  /** A guard under CONTRACT_FLOOD_POLICY, remembering nobody yet. */
  readonly guard: FloodGuard;
  close(): Promise<void>;
}

const T0 = Date.parse('2026-11-25T02:00:00Z');
const at = (ms: number) => new Date(T0 + ms);

/** Registers the contract for one implementation; `open` gives a fresh guard for each test. */
export function describeFloodGuardContract(name: string, open: () => Promise<FloodGuardWorld>): void {
  describe(`FloodGuard contract: ${name}`, () => {
    let world: FloodGuardWorld;
    beforeEach(async () => {
      world = await open();
    });
    afterEach(async () => {
      await world.close();
    });

    async function burst(sender: string, count: number, ms: number): Promise<FloodVerdict[]> {
      const verdicts: FloodVerdict[] = [];
      for (let i = 0; i < count; i += 1) verdicts.push(await world.guard.hit(sender, at(ms)));
      return verdicts;
    }

    it('answers a burst up to the capacity, warns once, drops the rest; each sender on their own', async () => {
      const flood = await burst('telegram/1', 100, 0);
      expect(flood.slice(0, 4)).toEqual(['ok', 'ok', 'ok', 'warn']);
      expect(flood.filter((v) => v === 'ok')).toHaveLength(3);
      expect(flood.filter((v) => v === 'warn')).toHaveLength(1);
      expect(await world.guard.hit('telegram/2', at(0))).toBe('ok');
      expect(await world.guard.hit('zalo/1', at(0))).toBe('ok');
    });

    it('refills one message per second: answered again, without a second warning in the same episode', async () => {
      await burst('telegram/1', 5, 0);
      expect(await world.guard.hit('telegram/1', at(1_000))).toBe('ok');
      expect(await world.guard.hit('telegram/1', at(1_000))).toBe('drop');
      expect(await world.guard.hit('telegram/1', at(2_000))).toBe('ok');
    });

    it('warns again in a new episode, after the quiet time', async () => {
      await burst('telegram/1', 5, 0);
      expect(await burst('telegram/1', 5, 30_000)).toEqual(['ok', 'ok', 'ok', 'warn', 'drop']);
    });

    it('does not let a clock that goes back grant or cost anything', async () => {
      await burst('telegram/1', 2, 5_000);
      expect(await world.guard.hit('telegram/1', at(1_000))).toBe('ok');
      expect(await world.guard.hit('telegram/1', at(1_000))).toBe('warn');
    });
  });
}
