/**
 * A world for the reminder use cases: the current units of two provinces (Lai Châu, 38 communes, and
 * Điện Biên) in a memory store, the calendar stored by loadCalendar, a manual clock, the message handler
 * over them (focal points submit through it), a recording queue and recording messengers. Fresh for
 * each test: a few milliseconds, since only two provinces are imported.
 *
 * The default calendar is in force: the six-month and annual reports, the annual one's last day on time
 * Saturday 19 December 2026, so that its deadline ends on Monday 21 December; the monthly figures have
 * no day and are off until a test gives them one (monthlyDueOn).
 */
import { resolve } from 'node:path';
import { pino } from 'pino';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { type Calendar, loadCalendar } from '../../src/app/calendar/calendar.js';
import { createMessageHandler } from '../../src/app/handle-message.js';
import { createReminderDelivery } from '../../src/app/reminders/deliver-reminder.js';
import { type PlanningSummary, runPlanning } from '../../src/app/reminders/plan-reminders.js';
import { loadUnitDirectory } from '../../src/app/units/unit-directory.js';
import { periodEnd, periodStart } from '../../src/core/periods/index.js';
import type { ReportingSchedule } from '../../src/core/reminders/types.js';
import type { PeriodCode, Role, Unit } from '../../src/core/types.js';
import { type AdminUnitSet, readAdminUnits } from '../../src/import/read-admin-units.js';
import type { Delivery } from '../../src/ports/delivery-ledger.js';
import type { DeliveryJob, DeliveryOutcome } from '../../src/ports/reminder-queue.js';
import type { Store } from '../../src/ports/store.js';
import { manualClock } from './manual-clock.js';
import { type RecordingMessenger, type RecordingQueue, recordingMessenger, recordingQueue } from './reminder-fakes.js';
import type { World } from './submission-world.js';

const UNITS = resolve(import.meta.dirname, '../../data/admin-units');
/** Lai Châu and Điện Biên, post-2025 GSO codes. */
export const LAI_CHAU = '12';
export const DIEN_BIEN = '11';

let reference: Promise<AdminUnitSet> | undefined;

/** The current units of the two provinces, read once per test file. */
async function twoProvinces() {
  reference ??= readAdminUnits(UNITS);
  const { units } = await reference;
  const provinces = new Set([LAI_CHAU, DIEN_BIEN]);
  return units.filter(
    (u) => u.structure === 'post2025' && (u.level === 'province' ? provinces.has(u.code) : u.parent !== null && provinces.has(u.parent.code)),
  );
}

/** A submission world (its helpers, registerFocalPoint and chat, work on it) with the reminders' parts. */
export interface ReminderWorld extends World {
  readonly calendar: Calendar;
  readonly queue: RecordingQueue;
  readonly telegram: RecordingMessenger;
  readonly zalo: RecordingMessenger;
  /** The province of that code and its communes, in the index's order. */
  province(code: string): { readonly unit: Unit; readonly communes: readonly Unit[] };
  /** Lai Châu's commune at position `i`. */
  laiChauCommune(i: number): Unit;
  schedule(key: string): ReportingSchedule;
  /**
   * Gives the stored monthly figures a last day on time, `day` of the month itself (no document sets
   * one, so they are off by default), switches them on, and reads the calendar again.
   */
  monthlyDueOn(day: number): Promise<void>;
  /** runPlanning on this world's queue; for `date` when given, else by the clock. */
  plan(request?: { readonly date?: string; readonly scheduleKey?: string }): Promise<PlanningSummary>;
  /** The delivery use case, created once per world (its schedule cache lives as long). */
  deliver(job: DeliveryJob): Promise<DeliveryOutcome>;
  /** Delivers every job not delivered yet, in order; what each came to. */
  deliverQueued(): Promise<DeliveryOutcome[]>;
  /** A delivery use case of its own over this world's store with some methods replaced (a store that fails). */
  deliverOver(replaced: Partial<Store>): (job: DeliveryJob) => Promise<DeliveryOutcome>;
  /** Gives `userId` (Telegram unless told) `role` for `unit` through an invite; returns the person id. */
  assign(userId: string, unit: Unit, role: Role, channel?: 'telegram' | 'zalo' | 'console'): Promise<number>;
  /** Stores a submission for each unit, as a clerk (not through the chat). */
  submitted(units: readonly Unit[], period: PeriodCode): Promise<void>;
  /** Every ledger row of an occasion. */
  ledger(scheduleKey: string, period: PeriodCode, offsetDays: number): Promise<Delivery[]>;
}

let inviteNumber = 0;

/**
 * A fresh world with the clock at `start` (default: Monday 14 December 2026, 8:00 in Vietnam, the day of
 * the annual report's 7-day reminder: 7 days before its deadline ends on Monday 21 December).
 */
export async function createReminderWorld(start = '2026-12-14T01:00:00Z'): Promise<ReminderWorld> {
  const store = createMemoryStore();
  await store.importUnits(await twoProvinces());
  const directory = await loadUnitDirectory(store);
  const clock = manualClock(start);
  const log = pino({ level: 'silent' });
  const calendar = await loadCalendar(store, { log });
  calendar.stop();
  const handler = createMessageHandler({ store, units: directory.current, clock, log, schedules: calendar.current, daysOff: calendar.daysOff });
  const index = directory.current();
  const communes = index.units.filter((u) => u.level === 'commune');
  const queue = recordingQueue();
  const telegram = recordingMessenger('telegram');
  const zalo = recordingMessenger('zalo');
  const deps = { store, units: directory.current, clock, log };
  const deliver = createReminderDelivery({ ...deps, messengers: { telegram, zalo } });

  const schedule = (key: string) => {
    const found = calendar.current().find((s) => s.key === key);
    if (!found) throw new Error(`no schedule ${key}`);
    return found;
  };
  const assign = async (userId: string, unit: Unit, role: Role, channel: 'telegram' | 'zalo' | 'console' = 'telegram') => {
    const code = `RM${String(++inviteNumber).padStart(6, '0')}`;
    await store.createInvite({ code, unitId: unit.id, role, createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
    const redeemed = await store.redeemInvite(code, { channel, userId, displayName: `Cán bộ ${userId}` }, clock.now());
    if (!redeemed.ok) throw new Error(`invite ${code} refused: ${redeemed.reason}`);
    return redeemed.person.id;
  };
  const province = (code: string) => {
    const unit = index.units.find((u) => u.level === 'province' && u.code === code);
    if (!unit) throw new Error(`no province ${code}`);
    return { unit, communes: index.childrenOf(unit.id) };
  };
  const laiChauCommune = (i: number): Unit => {
    const unit = province(LAI_CHAU).communes[i];
    if (!unit) throw new Error(`Lai Châu has no commune #${i}`);
    return unit;
  };
  const monthlyDueOn = async (day: number) => {
    await store.updateSchedule('monthly', { due: { kind: 'in-last-month', day }, active: true });
    await calendar.reload();
  };
  let clerk: number | undefined;

  return {
    store,
    directory,
    clock,
    handler,
    communes,
    calendar,
    queue,
    telegram,
    zalo,
    province,
    laiChauCommune,
    schedule,
    monthlyDueOn,
    assign,
    deliver,
    deliverOver: (replaced) => createReminderDelivery({ ...deps, store: { ...store, ...replaced }, messengers: { telegram, zalo } }),
    plan: (request = {}) => runPlanning({ ...deps, queue }, request),
    async deliverQueued() {
      const outcomes: DeliveryOutcome[] = [];
      for (const job of queue.take()) outcomes.push(await deliver(job));
      return outcomes;
    },
    async submitted(units, period) {
      // The clerk is an admin seen only on the console: never a recipient of a reminder.
      clerk ??= await assign('clerk', province(LAI_CHAU).unit, 'admin', 'console');
      const [periodFrom, periodTo] = [periodStart(period), periodEnd(period)];
      if (periodFrom === null || periodTo === null) throw new Error(`not a period: ${period}`);
      for (const unit of units) {
        await store.saveSubmission({
          recordedAt: clock.now().toISOString(),
          unitId: unit.id,
          period,
          periodStart: periodFrom,
          periodEnd: periodTo,
          counts: { ld: 1000, bb: 100 },
          personId: clerk,
          channel: 'console',
          messageKey: null,
          rawText: 'bb 100 ld 1000',
          onTime: true,
        });
      }
    },
    async ledger(scheduleKey, period, offsetDays) {
      return store.listDeliveries({ scheduleId: schedule(scheduleKey).id, period, offsetDays });
    },
  };
}
