/**
 * What the reminder use cases need: the store, the unit index, the clock and a logger; planning for
 * real also needs the queue, delivering needs the channels' messengers.
 */

import type { Channel } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { Logger } from '../../logger.js';
import type { CalendarStore } from '../../ports/calendar-store.js';
import type { ChatStore } from '../../ports/chat-store.js';
import type { Clock } from '../../ports/clock.js';
import type { DeliveryLedger } from '../../ports/delivery-ledger.js';
import type { Messenger } from '../../ports/messenger.js';
import type { ReminderQueue } from '../../ports/reminder-queue.js';
import type { RoleHolders } from '../../ports/role-holders.js';
import type { SubmissionStore } from '../../ports/submission-store.js';

/** What the reminder use cases keep and read: the calendar, chats, role holders, the ledger, and who reported. */
export type RemindersStore = CalendarStore & ChatStore & RoleHolders & DeliveryLedger & SubmissionStore;

/** `S`: the part of the store a use case reads (all of RemindersStore unless it says less). */
export interface ReminderDeps<S = RemindersStore> {
  readonly store: S;
  readonly units: () => UnitIndex;
  readonly clock: Clock;
  readonly log: Logger;
}

export interface PlanningDeps<S = RemindersStore> extends ReminderDeps<S> {
  readonly queue: ReminderQueue;
}

export interface DeliveryDeps<S = RemindersStore> extends ReminderDeps<S> {
  /** The messenger of each channel that is on; a delivery for a channel that is off is skipped. */
  readonly messengers: Partial<Record<Channel, Messenger>>;
}
