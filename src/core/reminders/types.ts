/**
 * The reminder vocabulary shared by the pure planner, the store, the queue and the use cases.
 * A reporting schedule as the database holds it; an occasion is one reminder moment of a
 * schedule (a nudge some days before a deadline, or the late summary after it); a planned delivery is
 * one message to one chat for one occasion, identified by its ledger key.
 */
import type { Schedule } from '../calendar/index.js';
import type { Channel, Language, PeriodCode, Role, UnitLevel } from '../types.js';

/** A reporting schedule in force: the calendar's rule plus who is reminded, when, and who hears of lateness. */
export interface ReportingSchedule extends Schedule {
  /** The database id (the ledger refers to it). */
  readonly id: number;
  /** Civil hour (0–23) in `timezone` at which the day's reminders go out. Default 8. */
  readonly sendHour: number;
  /** IANA time zone of `sendHour`. Default Asia/Ho_Chi_Minh. */
  readonly timezone: string;
  /** The units that report: the current units of this level. */
  readonly audienceLevel: UnitLevel;
  /** Limits the audience to one province (a unit id); null: every province. */
  readonly provinceId: number | null;
  /** Who gets the late summary: this role at the province of the late units. */
  readonly escalateTo: Role;
  /** Who owes the report and gets its nudges: the holders of this role for the audience units. */
  readonly reporterRole: Role;
  /** An inactive schedule sends nothing (it still governs on-time checks). */
  readonly active: boolean;
}

/** The offset recorded in the ledger for the late summary (nudges use 0 and up). */
export const LATE_OFFSET = -1;

/** One reminder moment of a schedule, on the day it goes out. */
export interface Occasion {
  readonly schedule: ReportingSchedule;
  readonly period: PeriodCode;
  /**
   * The day the period's deadline ends (ISO civil date): its last day on time, or the next working
   * day when that is a day off (calendar/deadlines.ts). Nudges count to it; the late summary follows it.
   */
  readonly due: string;
  readonly kind: 'nudge' | 'late';
  /** Days before the due date as configured (LATE_OFFSET for the late summary). */
  readonly offsetDays: number;
  /** The day it goes out (ISO), after moving off weekends and holidays. */
  readonly sendOn: string;
}

/** A chat on a channel, as the platform names it. */
export interface ChatRef {
  readonly channel: Channel;
  readonly externalChatId: string;
}

/** What a delivery says: a nudge to a focal point, a digest to a linked group, the late summary to a supervisor. */
export type DeliveryKind = 'nudge' | 'digest' | 'late';

/** One message planned for one chat and one occasion. */
export interface PlannedDelivery {
  readonly kind: DeliveryKind;
  readonly chat: ChatRef;
  readonly language: Language;
  /** The units the message is about: the recipient's own units (nudge) or the audience it summarises (digest, late). */
  readonly unitIds: readonly number[];
}

/** A unit's focal point or a province's official, with the private chats they can be reached in. */
export interface Contact {
  readonly personId: number;
  readonly displayName: string;
  readonly language: Language | null;
  /** The units they hold the role for. */
  readonly unitIds: readonly number[];
  readonly chats: readonly ChatRef[];
}

/** A group chat linked to a unit: it gets one digest about the audience units under that unit. */
export interface LinkedGroup {
  readonly chat: ChatRef;
  readonly unitId: number;
}
