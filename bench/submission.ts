/**
 * Measures a whole submission through the message handler (parse, check, store, reply): a focal
 * point of one post-2025 commune, registered through the store as in real use, sends `count`
 * submissions for different periods and figures, each timed on its own. Pure measurement; the
 * caller prints.
 */
import type { MessageHandler } from '../src/app/handle-message.js';
import type { Unit } from '../src/core/types.js';
import type { Store } from '../src/ports/store.js';
import { percentiles } from './percentiles.js';

/** Latency percentiles of one submission, in milliseconds. */
export interface SubmissionTimings {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly samples: number;
}

/** Periods a commune reports, so that submissions make first versions and corrections alike. */
const PERIODS = ['T1/2026', 'T2/2026', 'T3/2026', 'T4/2026', 'T5/2026', 'T6/2026', '6T/2026', 'T7/2026', 'T8/2026', 'T9/2026', '9T/2026', '2026'];

/** Registers a focal point for `unit` and times `count` submissions from them (after a short warm-up). */
export async function benchSubmission(store: Store, handler: MessageHandler, unit: Unit, now: Date, count: number): Promise<SubmissionTimings> {
  const userId = `bench-fp-${unit.id}`;
  const code = `BENCH${unit.id}`;
  await store.createInvite({ code, unitId: unit.id, role: 'focal_point', createdById: null, expiresAt: new Date(now.getTime() + 86_400_000).toISOString() });
  const redeemed = await store.redeemInvite(code, { channel: 'telegram', userId, displayName: 'Bench focal point' }, now);
  if (!redeemed.ok) throw new Error(`bench invite refused: ${redeemed.reason}`);
  const send = (i: number) => {
    // Small steps in the figures: no change reaches 30 %, so every message is stored, none held.
    const ld = 180_000 + (i % 50) * 100;
    const text = `nop ${PERIODS[i % PERIODS.length]} bb ${41_000 + (i % 97)} tn ${3_100 + (i % 13)} bhtn 35.000 ld ${ld}`;
    return handler.handle({ channel: 'telegram', chatId: userId, userId, text, messageId: String(i) });
  };
  for (let i = 0; i < 10; i += 1) await send(count + i);
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const reply = await send(i);
    samples.push(performance.now() - started);
    if (!reply.text.startsWith('Đã ghi nhận')) throw new Error(`bench submission not recorded: ${reply.text}`);
  }
  const { p50, p99 } = percentiles(samples);
  return { p50Ms: p50, p99Ms: p99, samples: samples.length };
}
