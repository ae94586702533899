import { describe, expect, it } from 'vitest';
import {
  ANNUAL_SOURCE,
  formatScheduleSource,
  MONTHLY_SOURCE,
  parseScheduleSource,
  type ScheduleSource,
  SIX_MONTH_SOURCE,
  STATISTICS_SOURCE,
} from '../../../src/core/calendar/index.js';

/** The stored shape, as JSON would give it back from the database. */
const stored = (source: ScheduleSource): Record<string, unknown> => JSON.parse(JSON.stringify(formatScheduleSource(source)));

describe('formatScheduleSource and parseScheduleSource', () => {
  it('read back every source of the defaults whole', () => {
    for (const source of [SIX_MONTH_SOURCE, ANNUAL_SOURCE, MONTHLY_SOURCE, STATISTICS_SOURCE]) {
      expect(parseScheduleSource(stored(source))).toEqual(source);
    }
  });

  it('write the due rule in the calendar encoding beside the wording as written', () => {
    expect(formatScheduleSource(SIX_MONTH_SOURCE).due).toEqual({
      vi: 'trước ngày 05 tháng 7',
      en: 'before 5 July',
      rule: 'fixed:07-05',
      before: true,
    });
    expect(formatScheduleSource(MONTHLY_SOURCE).due).toBeNull();
  });

  it('keep a document that names no recipient, gives no day and notes nothing', () => {
    const bare: ScheduleSource = {
      document: { vi: 'Công văn 1/UBND', en: 'Letter 1/UBND' },
      sender: { vi: 'UBND xã', en: 'commune committees' },
      recipient: null,
      due: null,
      delivery: null,
      notes: [],
    };
    expect(parseScheduleSource(stored(bare))).toEqual(bare);
  });

  it('refuse a source with any part missing, empty or unreadable', () => {
    const good = stored(SIX_MONTH_SOURCE);
    const due = good.due as Record<string, unknown>;
    const broken: unknown[] = [
      null,
      'text',
      [],
      { ...good, document: undefined },
      { ...good, sender: { vi: 'UBND', en: '' } },
      { ...good, recipient: { vi: 'Sở' } },
      { ...good, due: { ...due, rule: 'fixed:02-30' } },
      { ...good, due: { ...due, before: 'yes' } },
      { ...good, notes: undefined },
      { ...good, notes: [{ vi: 'x' }] },
      { ...good, delivery: 3 },
    ];
    for (const value of broken) expect(parseScheduleSource(value)).toBeNull();
  });
});
