/**
 * What every feature of the message handler receives: the message, who sent it, the time, and the
 * application's dependencies. Features are tried in order; the first that returns a reply answers.
 */

import type { HolidayCalendar, Schedule } from '../core/calendar/index.js';
import type { Language } from '../core/types.js';
import type { UnitIndex } from '../core/units/unit-index.js';
import type { Logger } from '../logger.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import type { ChartRenderer } from '../ports/chart-renderer.js';
import type { ChatStore } from '../ports/chat-store.js';
import type { Clock } from '../ports/clock.js';
import type { ConversationKey, ConversationStore } from '../ports/conversation-store.js';
import type { FiguresStore } from '../ports/figures-store.js';
import type { FileImportStore } from '../ports/file-import-store.js';
import type { FloodGuard } from '../ports/flood-guard.js';
import type { PeopleStore, Person } from '../ports/people-store.js';
import type { PlacePicks } from '../ports/place-picks.js';
import type { RoleHolders } from '../ports/role-holders.js';
import type { StoreHealth } from '../ports/store-health.js';
import type { SubmissionStore } from '../ports/submission-store.js';
import type { TurnOpener } from '../ports/turn-opening.js';
import type { IncomingMessage, Reply } from './message.js';

/**
 * The ports the message handler keeps and reads through, together. Each feature and helper names only
 * the ones it uses (`AppDeps<FiguresStore & ConversationStore>`; `AppDeps<unknown>`: none).
 */
export type AppStore = TurnOpener &
  StoreHealth &
  FiguresStore &
  FileImportStore &
  ConversationStore &
  AuditLog &
  PeopleStore &
  PlacePicks &
  SubmissionStore &
  CalendarStore &
  ChatStore &
  RoleHolders;

/** The application's dependencies, shared by every feature; `S` is the part of the store it uses. */
export interface AppDeps<S = AppStore> {
  readonly store: S;
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
  /**
   * The message text as the features read it: sanitised (no control characters, length capped), the
   * years named relative to today written out ("năm nay" → "năm 2026", core/periods/relative-periods.ts).
   */
  readonly text: string;
  /** The message text as typed, sanitised: what the audit trail keeps. */
  readonly typed: string;
  readonly key: ConversationKey;
  readonly speaker: Speaker;
  readonly now: Date;
  /** Today's civil date in Vietnam (ISO). */
  readonly today: string;
  /** The reply language: the person's choice, else the text's evidence, else the platform's hint, else Vietnamese. */
  readonly language: Language;
  /**
   * The figures' version read as the turn opened (TurnOpener.openTurn): `asOf` for the turn's reads of
   * figures, so that they need no version read of their own, until the turn writes figures itself.
   */
  readonly factsVersion: string;
}

/** A feature answers a turn, or returns null to let the next feature try; `S` as for AppDeps. */
export type Feature<S = AppStore> = (turn: Turn, deps: AppDeps<S>) => Promise<Reply | null>;
