/** The dry run's ledger line: what was already done for an occasion, unconfirmed sends called out. */
import { describe, expect, it } from 'vitest';
import { ledgerLine } from '../../src/admin/commands/reminders.js';
import type { Delivery } from '../../src/ports/delivery-ledger.js';

const row = (id: number, status: Delivery['status']): Delivery => ({
  id,
  status,
  scheduleId: 1,
  period: '2026-H1',
  offsetDays: 3,
  chatId: id,
  attempts: 1,
  lastError: null,
  sentAt: null,
});

describe('ledgerLine', () => {
  it('says nothing for an occasion not planned yet', () => {
    expect(ledgerLine([])).toBeNull();
  });

  it('counts each status and calls out sends left unconfirmed', () => {
    const line = ledgerLine([row(1, 'sent'), row(2, 'sent'), row(3, 'sending'), row(4, 'failed')]);
    expect(line).toContain('2 sent, 0 pending, 1 sending, 1 failed, 0 skipped');
    expect(line).toContain('sent again after a minute unless REMINDER_STUCK=list; see: reminders --stuck');
  });

  it('does not warn when every send is confirmed', () => {
    expect(ledgerLine([row(1, 'sent'), row(2, 'skipped')])).not.toContain('sending" =');
  });
});
