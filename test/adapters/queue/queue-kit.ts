/**
 * Helpers of the BullMQ adapter's integration tests: the shared test Redis (each test gets its own key
 * prefix, so files and tests do not see each other's queues), a logger that records its entries,
 * builders of delivery jobs and schedules, and polling until a condition holds.
 */

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Logger, pino } from 'pino';
import { inject } from 'vitest';
import type { ReportingSchedule } from '../../../src/core/reminders/types.js';
import { makeSchedule as sixMonthSchedule } from '../../support/reminder-builders.js';

export { makeDeliveryJob } from '../../support/reminder-builders.js';

/** URL of the Redis started by the global set-up; fails with a clear message when there is none. */
export function testRedisUrl(): string {
  const url = inject('redisUrl');
  if (!url) throw new Error('No Redis for integration tests: install redis-server (it is started by test/setup/global-setup.ts).');
  return url;
}

/** A key prefix no other test uses. */
export function uniquePrefix(name: string): string {
  return `bp-${name}-${randomBytes(4).toString('hex')}`;
}

/** A log entry as pino writes it. */
export interface LogEntry {
  readonly level: number;
  readonly msg?: string;
  readonly [field: string]: unknown;
}

/** A debug-level logger whose entries land in `entries` (and nowhere else). */
export function recordingLogger(): { log: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => entries.push(JSON.parse(line) as LogEntry) });
  return { log, entries };
}

/** A monthly reporting schedule (due the 20th, nudged 3 and 1 days before and on the day); override what the test is about. */
export function makeSchedule(overrides: Partial<ReportingSchedule> = {}): ReportingSchedule {
  const monthly = { key: 'monthly', nameVi: 'Số liệu tháng', nameEn: 'Monthly figures', periodKind: 'month' } as const;
  return sixMonthSchedule({ ...monthly, due: { kind: 'in-last-month', day: 20 }, offsetsDays: [3, 1, 0], ...overrides });
}

/** Polls `condition` every 20 ms until it holds; fails after `timeoutMs` naming `what`. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A promise with its resolve exposed (to hold a job in flight). */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
