/**
 * The ReminderQueue contract: each delivery job enqueued reaches the workers once with its data as
 * planned, whatever the repeats (the job id is the ledger row's, and a resend's own); a calendar
 * edit's sync request reaches the planning side. The BullMQ queue runs it over a real Redis.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryJob, ReminderQueue } from '../../src/ports/reminder-queue.js';
import { makeDeliveryJob } from '../support/reminder-builders.js';

/** A queue and a view of what its workers would receive. */
export interface ReminderQueueWorld {
  readonly queue: ReminderQueue;
  /** The delivery jobs waiting for a worker, in any order. */
  waiting(): Promise<DeliveryJob[]>;
  /** How many sync requests wait for the planning worker. */
  syncRequests(): Promise<number>;
  close(): Promise<void>;
}

const byKey = (a: DeliveryJob, b: DeliveryJob) => a.deliveryId - b.deliveryId || (a.resend ?? 0) - (b.resend ?? 0);

/** Registers the contract for one implementation; `open` gives a fresh, empty queue for each test. */
export function describeReminderQueueContract(name: string, open: () => Promise<ReminderQueueWorld>): void {
  describe(`ReminderQueue contract: ${name}`, () => {
    let world: ReminderQueueWorld;
    beforeEach(async () => {
      world = await open();
    });
    afterEach(async () => {
      await world.close();
    });

    it('holds nothing until something is enqueued, and an empty batch adds nothing', async () => {
      await world.queue.enqueueDeliveries([]);
      expect(await world.waiting()).toEqual([]);
      expect(await world.syncRequests()).toBe(0);
    });

    it('gives each enqueued delivery to the workers once, with its data as planned', async () => {
      const jobs = [
        makeDeliveryJob({ deliveryId: 1 }),
        makeDeliveryJob({ deliveryId: 2, kind: 'digest', chatKind: 'group', chat: { channel: 'telegram', externalChatId: '-100200' }, unitIds: [7, 8, 9] }),
        makeDeliveryJob({ deliveryId: 3, chat: { channel: 'zalo', externalChatId: 'z-3' }, language: 'en' }),
      ];
      await world.queue.enqueueDeliveries(jobs);
      expect((await world.waiting()).sort(byKey)).toEqual(jobs);
    });

    it('queues a delivery enqueued again (in the same batch or a later one) only once', async () => {
      const first = makeDeliveryJob({ deliveryId: 5 });
      await world.queue.enqueueDeliveries([first, first]);
      await world.queue.enqueueDeliveries([makeDeliveryJob({ deliveryId: 5 }), makeDeliveryJob({ deliveryId: 6 })]);
      const waiting = (await world.waiting()).sort(byKey);
      expect(waiting.map((j) => j.deliveryId)).toEqual([5, 6]);
    });

    it('keeps the first job of a delivery: a later one under the same id changes nothing', async () => {
      await world.queue.enqueueDeliveries([makeDeliveryJob({ deliveryId: 7, sendOn: '2026-07-02' })]);
      await world.queue.enqueueDeliveries([makeDeliveryJob({ deliveryId: 7, sendOn: '2026-07-03' })]);
      expect((await world.waiting()).map((j) => j.sendOn)).toEqual(['2026-07-02']);
    });

    it('queues a resend as a job of its own beside the original, itself once', async () => {
      const original = makeDeliveryJob({ deliveryId: 9 });
      const resend = makeDeliveryJob({ deliveryId: 9, resend: 2 });
      await world.queue.enqueueDeliveries([original]);
      await world.queue.enqueueDeliveries([resend, resend]);
      await world.queue.enqueueDeliveries([makeDeliveryJob({ deliveryId: 9, resend: 3 })]);
      expect((await world.waiting()).sort(byKey).map((j) => j.resend)).toEqual([undefined, 2, 3]);
    });

    it('takes a batch larger than one round trip whole', async () => {
      const jobs = Array.from({ length: 1_100 }, (_, i) => makeDeliveryJob({ deliveryId: i + 1 }));
      await world.queue.enqueueDeliveries(jobs);
      const waiting = await world.waiting();
      expect(waiting).toHaveLength(1_100);
      expect(new Set(waiting.map((j) => j.deliveryId)).size).toBe(1_100);
    });

    it('passes a sync request on to the planning side, once per request', async () => {
      await world.queue.requestSync();
      expect(await world.syncRequests()).toBe(1);
      await world.queue.requestSync();
      expect(await world.syncRequests()).toBe(2);
      expect(await world.waiting()).toEqual([]);
    });
  });
}
