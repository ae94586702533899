import { describe, expect, it } from 'vitest';
import { civilTimeIn, formatVietnamTime, VIETNAM_TIME_ZONE, vietnamDate } from '../../../src/core/civil-time/index.js';

describe('vietnamDate', () => {
  it('gives the civil date in Vietnam: 23:00 UTC on 4 July is 5 July there', () => {
    expect(vietnamDate(new Date('2026-07-04T23:00:00Z'))).toBe('2026-07-05');
    expect(vietnamDate(new Date('2026-07-04T16:59:59.999Z'))).toBe('2026-07-04');
    expect(vietnamDate(new Date('2026-07-04T17:00:00Z'))).toBe('2026-07-05');
  });

  it('agrees with the time-zone database for every hour of a year', () => {
    for (let hour = 0; hour < 366 * 24; hour += 7) {
      const at = new Date(Date.UTC(2026, 0, 1, hour));
      expect(vietnamDate(at)).toBe(civilTimeIn(VIETNAM_TIME_ZONE, at).date);
    }
  });

  it('gives each instant its own day when days alternate, before 1970 too, and refuses an invalid date', () => {
    const instants = ['2026-07-04T16:59:59.999Z', '1969-12-31T16:59:59.999Z', '2026-07-04T17:00:00Z', '1969-12-31T17:00:00Z', '2026-07-04T00:00:00Z'];
    expect(instants.map((at) => vietnamDate(new Date(at)))).toEqual(['2026-07-04', '1969-12-31', '2026-07-05', '1970-01-01', '2026-07-04']);
    expect(() => vietnamDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('formatVietnamTime', () => {
  it('shows an instant as date and minute in Vietnam', () => {
    expect(formatVietnamTime('2026-12-02T02:00:00.000Z')).toBe('2026-12-02 09:00');
    expect(formatVietnamTime('2026-12-01T20:30:00Z')).toBe('2026-12-02 03:30');
  });

  it('returns text that is not a timestamp unchanged', () => {
    expect(formatVietnamTime('soon')).toBe('soon');
  });
});

describe('civilTimeIn', () => {
  it('gives the date and hour in the zone asked for', () => {
    expect(civilTimeIn('Asia/Ho_Chi_Minh', new Date('2026-07-04T23:30:00Z'))).toEqual({ date: '2026-07-05', hour: 6 });
    expect(civilTimeIn('UTC', new Date('2026-07-04T23:30:00Z'))).toEqual({ date: '2026-07-04', hour: 23 });
  });
});
