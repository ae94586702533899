/**
 * The webhook bench's traffic: registered officials asking coverage questions, each a few times,
 * mixed evenly with people who never registered asking once. Each official speaks once per round,
 * at the same place in every round, so the same chat comes back only a whole round later (far below
 * the flood guard's limit, and long after its previous answer).
 */
import type { PlannedUpdate } from './webhook-load.js';

/** The groups figures are reported for. */
export const OFFICIAL = 'registered officials';
export const STRANGER = 'unregistered users';

/** Who speaks, how often, and what they may ask. */
export interface TrafficShape {
  readonly officials: readonly number[];
  readonly strangers: readonly number[];
  /** Messages from each official (one per round). */
  readonly rounds: number;
  readonly questions: readonly string[];
}

/** Merges two lists so that the items of each are spread evenly through the result. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (i + 1) * (b.length + 1) <= (j + 1) * (a.length + 1));
    merged.push((takeA ? a[i++] : b[j++]) as T);
  }
  return merged;
}

/** The whole schedule: `rounds` rounds of every official once plus a share of the strangers. */
export function planTraffic(shape: TrafficShape): PlannedUpdate[] {
  const { officials, strangers, rounds, questions } = shape;
  const perRound = Math.ceil(strangers.length / rounds);
  const ask = (n: number) => questions[n % questions.length] as string;
  const plan: PlannedUpdate[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const asked = officials.map((chatId, i) => ({ chatId, text: ask(i * 7 + round * 3), group: OFFICIAL }));
    const strays = strangers.slice(round * perRound, (round + 1) * perRound).map((chatId, i) => ({ chatId, text: ask(i * 5 + round), group: STRANGER }));
    plan.push(...interleave(asked, strays));
  }
  return plan;
}

/** `count` consecutive private-chat ids (= user ids) from `first`. */
export function chatIds(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}
