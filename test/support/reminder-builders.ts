/** Builders for the reminder tests: a schedule, a contact, a chat, a delivery job. */
import type { ChatRef, Contact, Occasion, ReportingSchedule } from '../../src/core/reminders/index.js';
import type { ScheduleInput } from '../../src/ports/calendar-store.js';
import type { DeliveryJob } from '../../src/ports/reminder-queue.js';

/** A six-month schedule as a store takes it (no id); override what the test is about. */
export function scheduleInput(key: string, overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    key,
    nameVi: 'Báo cáo 6 tháng',
    nameEn: 'Six-month report',
    periodKind: 'six-months',
    due: { kind: 'fixed', month: 7, day: 5 },
    offsetsDays: [7, 3, 1, 0],
    sendHour: 8,
    timezone: 'Asia/Ho_Chi_Minh',
    audienceLevel: 'commune',
    provinceId: null,
    escalateTo: 'official',
    reporterRole: 'focal_point',
    active: true,
    ...overrides,
  };
}

/** The same schedule as the database holds it, with id 1 and key six_month unless told. */
export function makeSchedule(overrides: Partial<ReportingSchedule> = {}): ReportingSchedule {
  return { id: 1, ...scheduleInput('six_month'), ...overrides };
}

export function telegram(id: string | number): ChatRef {
  return { channel: 'telegram', externalChatId: String(id) };
}

export function zalo(id: string | number): ChatRef {
  return { channel: 'zalo', externalChatId: String(id) };
}

export function makeContact(personId: number, unitIds: readonly number[], chats: readonly ChatRef[], overrides: Partial<Contact> = {}): Contact {
  return { personId, displayName: `Person ${personId}`, language: null, unitIds, chats, ...overrides };
}

export function makeOccasion(overrides: Partial<Occasion> = {}): Occasion {
  return {
    schedule: makeSchedule(),
    period: '2026-6M',
    due: '2026-07-05',
    kind: 'nudge',
    offsetDays: 3,
    sendOn: '2026-07-02',
    ...overrides,
  };
}

/** A delivery job with sensible defaults. */
export function makeDeliveryJob(overrides: Partial<DeliveryJob> = {}): DeliveryJob {
  const deliveryId = overrides.deliveryId ?? 1;
  return {
    deliveryId,
    kind: 'nudge',
    scheduleId: 1,
    period: '6T/2026',
    due: '2026-07-05',
    offsetDays: 3,
    sendOn: '2026-07-02',
    chat: { channel: 'telegram', externalChatId: String(1000 + deliveryId) },
    chatKind: 'private',
    language: 'vi',
    unitIds: [7],
    ...overrides,
  };
}
