import { describe, expect, it } from 'vitest';
import { type DueRule, formatDueRule, parseDueRule, periodKindOf, periodTypeOf } from '../../../src/core/calendar/index.js';
import type { PeriodKind } from '../../../src/core/periods/index.js';

describe('formatDueRule', () => {
  it('writes the four kinds of rule as the database stores them', () => {
    expect(formatDueRule({ kind: 'fixed', month: 7, day: 5 })).toBe('fixed:07-05');
    expect(formatDueRule({ kind: 'fixed', month: 1, day: 15, nextYear: true })).toBe('fixed-next-year:01-15');
    expect(formatDueRule({ kind: 'fixed', month: 12, day: 20, nextYear: false })).toBe('fixed:12-20');
    expect(formatDueRule({ kind: 'in-last-month', day: 20 })).toBe('in-last-month:20');
    expect(formatDueRule({ kind: 'in-next-month', day: 5 })).toBe('in-next-month:5');
  });
});

describe('parseDueRule', () => {
  it('reads back every rule it writes', () => {
    const rules: DueRule[] = [
      { kind: 'fixed', month: 7, day: 5 },
      { kind: 'fixed', month: 12, day: 31 },
      { kind: 'fixed', month: 1, day: 15, nextYear: true },
      { kind: 'in-last-month', day: 20 },
      { kind: 'in-next-month', day: 15 },
      { kind: 'in-next-month', day: 1 },
    ];
    for (const rule of rules) expect(parseDueRule(formatDueRule(rule))).toEqual(rule);
  });

  it('reads the examples of the encoding', () => {
    expect(parseDueRule('fixed:07-05')).toEqual({ kind: 'fixed', month: 7, day: 5 });
    expect(parseDueRule('fixed-next-year:01-15')).toEqual({ kind: 'fixed', month: 1, day: 15, nextYear: true });
    expect(parseDueRule('in-last-month:20')).toEqual({ kind: 'in-last-month', day: 20 });
    expect(parseDueRule('in-next-month:15')).toEqual({ kind: 'in-next-month', day: 15 });
    expect(parseDueRule('in-last-month:05')).toEqual({ kind: 'in-last-month', day: 5 });
  });

  it('refuses months and days out of range', () => {
    expect(parseDueRule('fixed:13-01')).toBeNull();
    expect(parseDueRule('fixed:00-10')).toBeNull();
    expect(parseDueRule('fixed:07-00')).toBeNull();
    expect(parseDueRule('fixed:07-32')).toBeNull();
    expect(parseDueRule('in-last-month:0')).toBeNull();
    expect(parseDueRule('in-next-month:32')).toBeNull();
  });

  it('refuses a day that the month does not have, including 29 February', () => {
    expect(parseDueRule('fixed:04-31')).toBeNull();
    expect(parseDueRule('fixed:02-30')).toBeNull();
    expect(parseDueRule('fixed:02-29')).toBeNull();
    expect(parseDueRule('fixed:02-28')).toEqual({ kind: 'fixed', month: 2, day: 28 });
    expect(parseDueRule('fixed-next-year:06-31')).toBeNull();
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      'fixed',
      'fixed:7-5',
      'fixed:07-05 ',
      ' fixed:07-05',
      'FIXED:07-05',
      'annual:07-05',
      'monthly:25',
      'in-last-month:',
      'in-last-month:2.5',
      'in-last-month:-1',
      'in-last-month:123',
      'fixed:07/05',
      'fixed:07-05:x',
    ]) {
      expect(parseDueRule(text), text).toBeNull();
    }
  });
});

describe('periodTypeOf and periodKindOf', () => {
  it('maps each kind to the stored type and back', () => {
    const pairs: [PeriodKind, string][] = [
      ['month', 'month'],
      ['quarter', 'quarter'],
      ['six-months', 'half_year'],
      ['nine-months', 'nine_months'],
      ['year', 'year'],
    ];
    for (const [kind, type] of pairs) {
      expect(periodTypeOf(kind)).toBe(type);
      expect(periodKindOf(type)).toBe(kind);
    }
  });

  it('knows no other stored type', () => {
    expect(periodKindOf('six-months')).toBeNull();
    expect(periodKindOf('halfyear')).toBeNull();
    expect(periodKindOf('Year')).toBeNull();
    expect(periodKindOf('')).toBeNull();
  });
});
