/**
 * Seeding a real database for the reminder integration tests, through the Store API only: post-2025
 * provinces and communes, people registered through invites (the only way people come to exist),
 * submissions, and the default reporting calendar as a fresh deployment stores it.
 *
 * The day the tests stand on: Monday 3 July 2028 at 08:00 in Asia/Ho_Chi_Minh, the default schedules'
 * send hour. The six-month report of 2028 is due "before 5 July": its last day on time is Tuesday 4
 * July, a working day, so 3 July is its "1 day before" occasion, 4 July its last-day occasion and
 * Friday 30 June its "3 days before" (Saturday 1 July moved back to a working day); no other default
 * schedule has an occasion on those days (the monthly figures and the statistics have no day).
 */
import { DEFAULT_REPORTING_SCHEDULES } from '../../src/core/reminders/defaults.js';
import type { Channel, Role } from '../../src/core/types.js';
import type { Delivery } from '../../src/ports/delivery-ledger.js';
import type { Person } from '../../src/ports/people-store.js';
import type { Store } from '../../src/ports/store.js';
import type { UnitInput } from '../../src/ports/unit-store.js';

/** 08:00 on Monday 3 July 2028 in Vietnam: the six-month report is due tomorrow. */
export const DAY_BEFORE_DUE = '2028-07-03T01:00:00.000Z';
/** 08:00 on Tuesday 4 July 2028 in Vietnam: the six-month report's last day on time. */
export const DUE_DAY = '2028-07-04T01:00:00.000Z';
/** 08:00 on Friday 30 June 2028 in Vietnam: the six-month report is due in 4 days (its "3 days before"). */
export const THREE_DAYS_BEFORE = '2028-06-30T01:00:00.000Z';
/** The period the six-month report of 2028 is for. */
export const SIX_MONTHS_2028 = '2028-6M';

/** A commune to import: its code and its name without the type ("An Lạc"). */
export interface CommuneSeed {
  readonly code: string;
  readonly name: string;
  readonly type?: 'Xã' | 'Phường';
}

/** Imports a post-2025 province and its communes; returns the ids by code. */
export async function importProvince(
  store: Store,
  province: { readonly code: string; readonly name: string },
  communes: readonly CommuneSeed[],
): Promise<Map<string, number>> {
  const unit = (level: 'province' | 'commune', code: string, name: string, type: string, typeCode: string): UnitInput => ({
    structure: 'post2025',
    level,
    code,
    name,
    fullName: `${type} ${name}`,
    type,
    typeCode,
    nameEn: name,
    codeName: `${typeCode}_${code}`,
    parent: level === 'province' ? null : { level: 'province', code: province.code },
    validFrom: '2025-07-01',
    validTo: null,
  });
  await store.importUnits([
    unit('province', province.code, province.name, 'Tỉnh', 'province'),
    ...communes.map((c) => unit('commune', c.code, c.name, c.type ?? 'Xã', c.type === 'Phường' ? 'ward' : 'commune')),
  ]);
  const codes = new Set([province.code, ...communes.map((c) => c.code)]);
  const ids = new Map<string, number>();
  for (const u of await store.listUnits()) {
    if (u.structure === 'post2025' && codes.has(u.code)) ids.set(u.code, u.id);
  }
  return ids;
}

/** Someone to register: on which channel, their user id there, and the units they hold the role for. */
export interface PersonSeed {
  readonly channel: Exclude<Channel, 'console'>;
  readonly userId: string;
  readonly displayName: string;
  readonly unitIds: readonly number[];
  readonly role?: Role;
}

/** Registers a person for each of their units through an invite; returns the person. */
export async function registerPerson(store: Store, seed: PersonSeed, now: Date): Promise<Person> {
  let person: Person | undefined;
  const role = seed.role ?? 'focal_point';
  for (const unitId of seed.unitIds) {
    const code = `T5-${seed.channel}-${seed.userId}-${unitId}-${role}`;
    await store.createInvite({ code, unitId, role, createdById: null, expiresAt: new Date(now.getTime() + 86_400_000).toISOString() });
    const result = await store.redeemInvite(code, { channel: seed.channel, userId: seed.userId, displayName: seed.displayName }, now);
    if (!result.ok) throw new Error(`could not register ${seed.userId}: ${result.reason}`);
    person = result.person;
  }
  if (!person) throw new Error(`${seed.userId} has no unit`);
  return person;
}

/** Records a unit's six-month figures for 2028, as the focal point would by chat. */
export async function submitSixMonths(store: Store, unitId: number, personId: number, now: Date): Promise<void> {
  await store.saveSubmission({
    recordedAt: now.toISOString(),
    unitId,
    period: SIX_MONTHS_2028,
    periodStart: '2028-01-01',
    periodEnd: '2028-06-30',
    counts: { bb: 41_200, tn: 3_150, ld: 180_000 },
    personId,
    channel: 'telegram',
    messageKey: null,
    rawText: 'nop 6T/2028 bb 41.200 tn 3.150 ld 180.000',
    onTime: true,
  });
}

/** Stores the default calendar (as the worker does on first use); returns the six-month schedule's id. */
export async function storeDefaultCalendar(store: Store): Promise<number> {
  await store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
  const sixMonths = (await store.listSchedules()).find((s) => s.key === 'six_month');
  if (!sixMonths) throw new Error('the six-month schedule was not stored');
  return sixMonths.id;
}

/** The ledger rows of the six-month report's occasion `offsetDays` days before its due date. */
export function sixMonthLedger(store: Store, scheduleId: number, offsetDays: number): Promise<Delivery[]> {
  return store.listDeliveries({ scheduleId, period: SIX_MONTHS_2028, offsetDays });
}

/** How many rows have each status. */
export function countByStatus(rows: readonly Delivery[]): Partial<Record<Delivery['status'], number>> {
  const counts: Partial<Record<Delivery['status'], number>> = {};
  for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return counts;
}
