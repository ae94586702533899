/**
 * The reporting calendar, chats and the reminder ledger (issue 5). The database is the source of
 * truth for schedules (queue schedulers are derived from it) and for what was sent: one ledger row
 * per (schedule, period, offset, chat) under a unique constraint, so no reminder goes out twice.
 * Implemented by the memory and Prisma stores; both pass test/ports/reminder-store-contract.ts.
 *
 * A delivery moves pending → sending (claimed by one worker, the send under way) → sent, or
 * → skipped (nothing left to say: the units reported, the chat is inactive) or → failed (the
 * platform refused for good). A transient failure puts it back to pending. A row left in sending
 * by a worker that died (claimed longer ago than a job's lock lasts) is stuck: the sweep puts it back
 * to pending and queues it again (at least once), or, where at most once is preferred, only lists it
 * (issue 21; app/reminders/stuck-reminders.ts). Each claim records when it happened, by the store's
 * own clock (the database's), so that every worker measures "how long ago" with one clock.
 */

import type { DueRule } from '../core/calendar/index.js';
import type { PeriodKind } from '../core/periods/index.js';
import type { ChatRef, Contact, ReportingSchedule } from '../core/reminders/types.js';
import type { Role, UnitLevel } from '../core/types.js';

/** A schedule to store (its id is the store's). */
export type ScheduleInput = Omit<ReportingSchedule, 'id'>;

/** What an admin may change in a schedule; absent fields stay as they are. */
export interface SchedulePatch {
  readonly nameVi?: string;
  readonly nameEn?: string;
  readonly periodKind?: PeriodKind;
  readonly due?: DueRule;
  readonly offsetsDays?: readonly number[];
  readonly sendHour?: number;
  readonly timezone?: string;
  readonly audienceLevel?: UnitLevel;
  readonly provinceId?: number | null;
  readonly escalateTo?: Role;
  readonly reporterRole?: Role;
  readonly active?: boolean;
}

/** A public holiday (no reminder goes out; it moves to the previous working day). */
export interface Holiday {
  /** ISO civil date. */
  readonly date: string;
  readonly name: string;
  /**
   * Default true: a day off (the government's Tết span, a bridging day). False: a working day that
   * the computed holidays count as off (the year Quốc khánh's second day is 3/9, not 1/9).
   */
  readonly off?: boolean;
}

/** A chat the service knows. */
export interface StoredChat extends ChatRef {
  readonly id: number;
  readonly kind: 'private' | 'group';
  readonly title: string | null;
  /** The unit a group chat is linked to (its digests are about the units under it). */
  readonly unitId: number | null;
  /** False once the platform said the bot may no longer write there. */
  readonly active: boolean;
}

/**
 * A person holding a role, with every private chat the bot could write to on Telegram and Zalo: the
 * ones still open (`chats`, as `contacts` gives them) and the ones stored inactive (`blockedChats`:
 * the platform refused the bot, the person blocked it). Console identities are in neither.
 */
export interface RoleHolder extends Contact {
  readonly blockedChats: readonly ChatRef[];
}

/** A role holder as `contacts` gives it: the blocked chats dropped (both stores derive contacts this way). */
export function asContact(holder: RoleHolder): Contact {
  const { personId, displayName, language, unitIds, chats } = holder;
  return { personId, displayName, language, unitIds, chats };
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/** A ledger row's key. */
export interface DeliveryKey {
  readonly scheduleId: number;
  readonly period: string;
  readonly offsetDays: number;
  readonly chatId: number;
}

export interface Delivery extends DeliveryKey {
  readonly id: number;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  /** ISO timestamp. */
  readonly sentAt: string | null;
}

/** A row claimed for sending and not closed since (a send under way, or one a dead worker left). */
export interface StuckDelivery extends Delivery {
  /** ISO timestamp of its claim; null for a row claimed before claims were timed (stuck since ever). */
  readonly claimedAt: string | null;
  /** The chat it goes to. */
  readonly chat: StoredChat;
}

/** How many ledger rows are not closed yet: waiting to be claimed, and claimed but not closed. */
export interface OpenDeliveries {
  readonly pending: number;
  /** Claimed and not closed: a send under way, or left behind by a crash between claim and send. */
  readonly sending: number;
}

export interface ReminderStore {
  /** Every schedule, active or not, ordered by id. */
  listSchedules(): Promise<ReportingSchedule[]>;
  /** Inserts the schedules whose key is not stored yet (first use); returns how many were created. */
  ensureSchedules(defaults: readonly ScheduleInput[]): Promise<number>;
  /** Changes a schedule; null when no schedule has that key. */
  updateSchedule(key: string, patch: SchedulePatch): Promise<ReportingSchedule | null>;

  /** Holidays between two ISO dates, inclusive, ordered by date. */
  listHolidays(from: string, to: string): Promise<Holiday[]>;
  /** Adds or renames a holiday. */
  saveHoliday(holiday: Holiday): Promise<void>;
  /** Removes a holiday; false when there was none on that date. */
  removeHoliday(date: string): Promise<boolean>;

  /**
   * People holding `role` (active assignments) for any of these units, each once with the units they
   * hold it for and their private chats on Telegram and Zalo (a private chat's id is the user's id on
   * both platforms; console identities are left out). Chats marked inactive are left out too.
   */
  contacts(unitIds: readonly number[], role: Role): Promise<Contact[]>;
  /**
   * The same people as `contacts`, in the same order, each also with the private chats left out
   * because they are inactive: enough to tell, for a unit, whether anyone can be reached and if not
   * why (no holder, holders known only on the console, or holders who blocked the bot).
   */
  roleHolders(unitIds: readonly number[], role: Role): Promise<RoleHolder[]>;

  /**
   * The stored chats for these references, creating missing ones as private chats (a person's chat
   * with the bot). One call for many chats (planning for 10,000 recipients makes a few queries).
   */
  ensurePrivateChats(refs: readonly ChatRef[]): Promise<StoredChat[]>;
  /** Links a group chat to a unit (creating or updating it, active again); returns it. */
  linkGroup(ref: ChatRef, unitId: number, title: string | null): Promise<StoredChat>;
  /** Unlinks a group chat; false when it was not linked. */
  unlinkGroup(ref: ChatRef): Promise<boolean>;
  /**
   * A group became a supergroup under a new id (Telegram's migrate_to_chat_id): the stored chat moves
   * to it, keeping its unit link. When a chat is stored under the new id already, that one takes the
   * link (unless it has one) and the old chat is unlinked and marked inactive. False when no chat was
   * stored under the old id.
   */
  moveChat(from: ChatRef, toExternalChatId: string): Promise<boolean>;
  /** Active group chats linked to any of these units. */
  linkedGroups(unitIds: readonly number[]): Promise<StoredChat[]>;
  /** Marks a chat inactive (the user blocked the bot, the bot left the group). */
  deactivateChat(chatId: number): Promise<void>;
  /**
   * Marks the chat stored under this reference inactive, at once (the bot was removed from the group,
   * the person blocked it: Telegram's my_chat_member); false when no chat is stored under it.
   */
  deactivateChatRef(ref: ChatRef): Promise<boolean>;
  /** Marks a chat active again (the person wrote to the bot again). */
  reactivateChat(ref: ChatRef): Promise<void>;

  /**
   * Records planned deliveries as pending; rows that exist already (same key) are left as they are.
   * Returns every row for the keys given, new or old, in the order of `keys`.
   */
  planDeliveries(keys: readonly DeliveryKey[]): Promise<Delivery[]>;
  /** The row with this id, or null. */
  findDelivery(id: number): Promise<Delivery | null>;
  /** Claims a pending row for sending (attempts + 1, claimed now); null when it is not pending (another worker has it, or it is done). */
  claimDelivery(id: number): Promise<Delivery | null>;
  /** Puts a claimed row back to pending after a transient failure, with the error. */
  releaseDelivery(id: number, error: string): Promise<void>;
  /** Closes a row: sent (at `at`), skipped or failed (with the reason). */
  finishDelivery(id: number, outcome: { readonly status: 'sent' | 'skipped' | 'failed'; readonly at: Date; readonly error?: string }): Promise<void>;
  /** Ledger rows of one occasion (schedule, period, offset), for reports and tests. */
  listDeliveries(filter: { readonly scheduleId: number; readonly period: string; readonly offsetDays: number }): Promise<Delivery[]>;
  /** Rows pending and sending across the whole ledger, in one query (read by /metrics at each scrape). */
  countOpenDeliveries(): Promise<OpenDeliveries>;
  /** Rows in sending claimed at least `olderThanMs` ago by the store's clock (or at an unknown time), oldest claim first. */
  listStuckDeliveries(olderThanMs: number): Promise<StuckDelivery[]>;
  /**
   * Puts a row back to pending when it is still sending and was claimed at least `olderThanMs` ago,
   * with `reason` as its last error (its attempts keep the claim's count); returns the row, or null
   * when it is not stuck (closed, or claimed again since): of two sweeps at once, one wins.
   */
  requeueStuckDelivery(id: number, olderThanMs: number, reason: string): Promise<Delivery | null>;
}
