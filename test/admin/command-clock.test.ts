import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { runAdmin } from '../../src/admin/run-admin.js';
import { DEFAULT_REPORTING_SCHEDULES } from '../../src/core/reminders/index.js';
import type { AuditInput } from '../../src/ports/audit-log.js';

const AT = '2031-03-04T05:06:07.000Z';

/** Runs a command line on a fresh memory store with the clock standing at AT; returns the audit events it appended. */
async function auditedBy(...argv: string[]): Promise<{ code: number; events: AuditInput[] }> {
  const store = createMemoryStore();
  await store.ensureSchedules(DEFAULT_REPORTING_SCHEDULES);
  const events: AuditInput[] = [];
  const append = store.appendAudit.bind(store);
  vi.spyOn(store, 'appendAudit').mockImplementation(async (event) => {
    events.push(event);
    await append(event);
  });
  const code = await runAdmin(argv, {
    openStore: async () => ({ store, close: async () => undefined }),
    stdout: () => undefined,
    stderr: () => undefined,
    clock: fixedClock(AT),
  });
  return { code, events };
}

describe('admin commands date what they record by the clock they are given', () => {
  it.each([
    [['holiday-add', '2031-07-03', 'Nghỉ bù'], 'add_holiday'],
    [['holiday-work', '2031-09-01', 'Làm bù'], 'add_holiday'],
    [['schedule', 'six_month', 'offsets', '7,3'], 'edit_schedule'],
  ])('%j', async (argv, action) => {
    const { code, events } = await auditedBy(...argv);
    expect(code).toBe(0);
    expect(events).toEqual([expect.objectContaining({ at: AT, action })]);
  });
});
