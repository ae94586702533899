/**
 * What every feature of the message handler receives: the message, who sent it, the time, and the
 * application's dependencies. Features are tried in order; the first that returns a reply answers.
 */

import type { HolidayCalendar, Schedule } from '../core/calendar/index.js';
import type { Language } from '../core/types.js';
import type { UnitIndex } from '../core/units/unit-index.js';
import type { Logger } from '../logger.js';
import type { ChartRenderer } from '../ports/chart-renderer.js';
import type { Clock } from '../ports/clock.js';
import type { ConversationKey } from '../ports/conversation-store.js';
import type { FloodGuard } from '../ports/flood-guard.js';
import type { Person } from '../ports/people-store.js';
import type { Store } from '../ports/store.js';
import type { IncomingMessage, Reply } from './message.js';

/** The application's dependencies, shared by every feature. */
export interface AppDeps {
  readonly store: Store;
  /** The current unit index (reloaded after an import). */
  readonly units: () => UnitIndex;
  readonly clock: Clock;
  readonly log: Logger;
  /** The reporting calendar in force (the database's, reloaded after an edit and periodically). */
  readonly schedules: () => readonly Schedule[];
  /** The days off deadlines move over (computed holidays and stored days); absent: the computed holidays alone. */
  readonly daysOff?: () => HolidayCalendar;
  /** Told after an admin edits the calendar: reload it, have the queue re-derive its schedulers. */
  readonly onCalendarChanged?: () => Promise<void>;
  /** Per-sender flood limit; absent on the console (a local, trusted terminal). */
  readonly flood?: FloodGuard;
  /** Chat submissions are for the current year and this many before it (SUBMISSION_YEARS_BACK); absent: 2. */
  readonly submissionYearsBack?: number;
  /** Draws charts (a PNG from a chart spec); absent: no chart is offered, and one asked for is declined in words. */
  readonly charts?: ChartRenderer;
}

/** Who sent the message. */
export interface Speaker {
  /** The registered person, or null for someone who has not registered. */
  readonly person: Person | null;
  /** The console's default speaker: the local administrator, with every right. */
  readonly localAdmin: boolean;
}

/** One incoming message being handled. */
export interface Turn {
  readonly message: IncomingMessage;
  /** The message text, sanitised (no control characters, length capped). */
  readonly text: string;
  readonly key: ConversationKey;
  readonly speaker: Speaker;
  readonly now: Date;
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
  /** The reply language: the person's choice, else the text's evidence, else the platform's hint, else Vietnamese. */
  readonly language: Language;
  /**
   * The figures' version read as the turn opened (Store.openTurn): `asOf` for the turn's reads of
   * figures, so that they need no version read of their own, until the turn writes figures itself.
   */
  readonly factsVersion: string;
}

/** A feature answers a turn, or returns null to let the next feature try. */
export type Feature = (turn: Turn, deps: AppDeps) => Promise<Reply | null>;

/** Civil date in Vietnam (UTC+7, no daylight saving) of an instant. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
