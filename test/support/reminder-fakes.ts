/**
 * Recording fakes of the two ports the reminder use cases push to: a ReminderQueue that keeps the
 * jobs it was given (one per ledger row, as the port promises), and a Messenger that keeps what it
 * sent and can be told to fail the next sends with a given SendError.
 */
import type { Channel } from '../../src/core/types.js';
import type { Messenger, OutgoingMessage, SendError } from '../../src/ports/messenger.js';
import type { DeliveryJob, ReminderQueue } from '../../src/ports/reminder-queue.js';

/** A ReminderQueue that records; like BullMQ, a job whose id (row and resend) is already queued is left alone. */
export interface RecordingQueue extends ReminderQueue {
  /** Every distinct job, in the order first added. */
  readonly jobs: readonly DeliveryJob[];
  /** How many jobs each enqueueDeliveries call brought that were not queued before. */
  readonly added: readonly number[];
  readonly syncRequests: number;
  /** The jobs not taken yet, marked taken: what a worker would pick up next. */
  take(): DeliveryJob[];
}

export function recordingQueue(): RecordingQueue {
  const byId = new Map<string, DeliveryJob>();
  const added: number[] = [];
  let taken = 0;
  let syncRequests = 0;
  return {
    get jobs() {
      return [...byId.values()];
    },
    added,
    get syncRequests() {
      return syncRequests;
    },
    async enqueueDeliveries(jobs) {
      let fresh = 0;
      for (const job of jobs) {
        const id = `${job.deliveryId}/${job.resend ?? ''}`;
        if (byId.has(id)) continue;
        byId.set(id, job);
        fresh += 1;
      }
      added.push(fresh);
    },
    async requestSync() {
      syncRequests += 1;
    },
    take() {
      const next = [...byId.values()].slice(taken);
      taken = byId.size;
      return next;
    },
  };
}

/** A Messenger that records what it sends and fails on demand. */
export interface RecordingMessenger extends Messenger {
  readonly sent: readonly OutgoingMessage[];
  /** The next `times` sends throw `error` (and send nothing). */
  failNext(error: SendError, times?: number): void;
  /** Texts sent to one chat. */
  textsTo(chatId: string): string[];
}

export function recordingMessenger(channel: Channel): RecordingMessenger {
  const sent: OutgoingMessage[] = [];
  const failures: SendError[] = [];
  return {
    channel,
    sent,
    async send(message) {
      const failure = failures.shift();
      if (failure) throw failure;
      sent.push(message);
    },
    failNext(error, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(error);
    },
    textsTo: (chatId) => sent.filter((m) => m.chatId === chatId).map((m) => m.text),
  };
}
