/**
 * What the reminder use cases need: the store, the unit index, the clock and a logger; planning for
 * real also needs the queue, delivering needs the channels' messengers.
 */

import type { Channel } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { Logger } from '../../logger.js';
import type { Clock } from '../../ports/clock.js';
import type { Messenger } from '../../ports/messenger.js';
import type { ReminderQueue } from '../../ports/reminder-queue.js';
import type { Store } from '../../ports/store.js';

export interface ReminderDeps {
  readonly store: Store;
  readonly units: () => UnitIndex;
  readonly clock: Clock;
  readonly log: Logger;
}

export interface PlanningDeps extends ReminderDeps {
  readonly queue: ReminderQueue;
}

export interface DeliveryDeps extends ReminderDeps {
  /** The messenger of each channel that is on; a delivery for a channel that is off is skipped. */
  readonly messengers: Partial<Record<Channel, Messenger>>;
}
