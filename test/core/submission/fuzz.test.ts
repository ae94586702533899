/**
 * Property tests: random and malformed messages never break the parser, its answers keep their
 * promises, and valid counts written in any accepted style read back the same.
 */
import { describe, expect, it } from 'vitest';
import { periodParts } from '../../../src/core/periods/index.js';
import { composeSubmissionProblems, MAX_COUNT, parseSubmission, type SubmissionParse, validateCounts } from '../../../src/core/submission/index.js';
import { COUNT_KEYS, type CountKey, type Counts } from '../../../src/core/types.js';
import { Random } from '../../support/submission-random.js';

const SEED = 20250705;
const MESSAGES = 10_000;
const ROUND_TRIPS = 3_000;

const PROBLEM_CODES = new Set([
  'duplicate_key',
  'unknown_key',
  'missing_number',
  'decimal_count',
  'bad_number',
  'negative',
  'too_large',
  'numerator_exceeds_denominator',
  'no_counts',
  'bad_period',
]);

const KEYWORDS = ['nop', 'nộp', 'NOP', '/nop', '/submit', '/submit@baophu_bot', 'sua', 'sửa', '/sua', '/fix', '/fix@x_bot'];
const ALIASES: Readonly<Record<CountKey, readonly string[]>> = {
  ld: ['ld', 'lđ', 'LĐ', 'lao động', 'lao dong', 'Lao Động'],
  ds: ['ds', 'DS', 'dân số', 'dan so'],
  bb: ['bb', 'BB', 'bắt buộc', 'bat buoc', 'BHXH bắt buộc'],
  tn: ['tn', 'TN', 'tự nguyện', 'tu nguyen', 'bhxh tn'],
  bhtn: ['bhtn', 'BHTN'],
  bhyt: ['bhyt', 'BHYT', 'Bhyt'],
  huu: ['huu', 'hưu', 'HƯU'],
  sth: ['sth', 'STH'],
};
const PERIODS = ['T6/2025', '06/2025', '6T/2025', 'Q2/2025', '9T/2025', '2025', '6 tháng 2025', 'T13/2025', '6T/25', 'Q5/2025', '1/7/2025', 'T6', 'quý 2'];
const WORDS = ['phường', 'Thành', 'Vinh', 'xã', 'Tân', 'Lập', 'x', 'tnn', 'bhxh', 'người', 'q', 'p', 'năm', 'tháng', 'đ', 'ĐỒNG', 'k', 'tr', 'e'];
const GLUE = [
  ' ',
  '  ',
  '=',
  ':',
  ',',
  ';',
  '\n',
  '\t',
  '\r\n',
  '.',
  '-',
  '−',
  '/',
  '@',
  '%',
  '',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u001b',
  '\u202e',
  '\u0301',
  '(',
  ')',
  '"',
  "'",
];
const ODD = ['👍', '🇻🇳', '👨‍👩‍👧', '\ud800', '\udfff', '٣', '²', '½', 'Ⅻ', '∞', 'NaN', 'Infinity', '1e5', '0x1F', '١٢٣', 'İ', 'ß', '\u0000', '\uffff', '𝟗'];

/** A number as a person might mistype it: any length, any separators, a sign now and then. */
function messyNumber(r: Random): string {
  const sign = r.chance(0.1) ? r.pick(['-', '−', '+', '–']) : '';
  const groups = Array.from({ length: r.int(1, 5) }, () => r.digits(r.pick([1, 2, 3, 3, 3, 4, 6, 12, 25])));
  return sign + groups.reduce((s, g) => s + r.pick(['.', ' ', ',', '\u00a0', '\u2009', '', '.', ' ', '\n']) + g);
}

function piece(r: Random): string {
  switch (r.int(0, 7)) {
    case 0:
      return r.pick(r.pick(Object.values(ALIASES)));
    case 1:
    case 2:
      return messyNumber(r);
    case 3:
      return r.pick(PERIODS);
    case 4:
      return r.pick(WORDS);
    case 5:
      return r.pick(ODD);
    case 6:
      return String.fromCodePoint(r.int(0, 0x10ffff)).replace(/[\ud800-\udfff]/g, '?');
    default:
      return r.pick(r.pick(Object.values(ALIASES))) + r.pick(GLUE) + messyNumber(r);
  }
}

/** A valid message with one slip: a piece inserted, a character dropped or doubled. */
function nearMiss(r: Random): string {
  const text = validMessage(r).text;
  const at = r.int(0, text.length);
  switch (r.int(0, 3)) {
    case 0:
      return text.slice(0, at) + piece(r) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + text.charAt(at) + text.slice(at);
    default:
      return text;
  }
}

function randomMessage(r: Random): string {
  if (r.chance(0.3)) return nearMiss(r);
  if (r.chance(0.05)) {
    return Array.from({ length: r.int(0, 400) }, () => String.fromCharCode(r.int(0, 0xffff))).join('');
  }
  const head = r.chance(0.6) ? r.pick(KEYWORDS) + r.pick(GLUE) : '';
  const parts = Array.from({ length: r.int(0, r.chance(0.02) ? 300 : 14) }, () => piece(r));
  return head + parts.map((p) => p + r.pick(GLUE)).join('');
}

function describeFailure(text: string, detail: string): string {
  return `${detail} for ${JSON.stringify(text)} (seed ${SEED})`;
}

function checkResult(text: string, result: SubmissionParse): void {
  if (result.kind === 'not-a-submission') return;
  if (result.kind === 'invalid') {
    expect(result.problems.length, describeFailure(text, 'no problem')).toBeGreaterThan(0);
    for (const p of result.problems) expect(PROBLEM_CODES.has(p.code), describeFailure(text, `code ${p.code}`)).toBe(true);
    for (const lang of ['vi', 'en'] as const) {
      const reply = composeSubmissionProblems(lang, result.problems);
      expect(
        reply.split('\n').every((line) => line.trim() !== ''),
        describeFailure(text, 'empty reply line'),
      ).toBe(true);
    }
    return;
  }
  expect(result.kind, describeFailure(text, 'unknown kind')).toBe('ok');
  const { counts, period, unitText } = result.submission;
  for (const [key, value] of Object.entries(counts)) {
    expect((COUNT_KEYS as readonly string[]).includes(key), describeFailure(text, `key ${key}`)).toBe(true);
    expect(Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT, describeFailure(text, `value ${value}`)).toBe(true);
  }
  expect(validateCounts(counts, null).problems, describeFailure(text, 'counts that fail validation')).toEqual([]);
  if (period !== null) expect(periodParts(period), describeFailure(text, `period ${period}`)).not.toBeNull();
  if (unitText !== null) expect(unitText.trim(), describeFailure(text, 'blank unit text')).not.toBe('');
}

describe('parseSubmission on random and malformed messages', () => {
  it(`never throws and keeps its promises over ${MESSAGES} messages`, () => {
    const r = new Random(SEED);
    const kinds = { 'not-a-submission': 0, invalid: 0, ok: 0 };
    for (let n = 0; n < MESSAGES; n++) {
      const text = randomMessage(r);
      for (const keywordOptional of [false, true]) {
        let result: SubmissionParse;
        try {
          result = parseSubmission(text, { keywordOptional });
        } catch (error) {
          throw new Error(describeFailure(text, `message ${n} threw ${String(error)}`));
        }
        kinds[result.kind]++;
        checkResult(text, result);
      }
    }
    // The generator must reach every outcome, or the properties above prove little.
    expect(kinds.ok).toBeGreaterThan(100);
    expect(kinds.invalid).toBeGreaterThan(1000);
    expect(kinds['not-a-submission']).toBeGreaterThan(1000);
  });
});

/** Counts that pass every check: numerators drawn below their denominators. */
function soundCounts(r: Random): Counts {
  const size = (max: number): number => r.pick([0, r.int(0, 999), r.int(1000, 99_999), r.int(0, max), 2025, 1999]);
  const within = (max: number): number => Math.min(size(max), max);
  const ld = size(MAX_COUNT);
  const bb = within(ld);
  const all: Counts = { ld, bb, tn: within(ld - bb), bhtn: within(ld) };
  const ds = size(MAX_COUNT);
  Object.assign(all, { ds, bhyt: within(ds) });
  const sth = size(2_000_000);
  Object.assign(all, { sth, huu: within(sth) });
  const counts: Counts = {};
  for (const key of COUNT_KEYS) if (r.chance(0.6)) counts[key] = all[key];
  if (Object.keys(counts).length === 0) counts.bb = all.bb;
  return counts;
}

/** A count written in one of the accepted styles. */
function written(r: Random, value: number): string {
  const digits = String(value);
  const style = r.pick(['plain', '.', ' ', '\u00a0', '\u2009', '\u202f']);
  return style === 'plain' ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, style);
}

function shuffled<T>(r: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Sound counts written in random accepted styles, with a keyword, maybe a unit and maybe a period. */
function validMessage(r: Random): { text: string; counts: Counts; unit: string | null; period: string | null } {
  const counts = soundCounts(r);
  const pairs = shuffled(r, Object.entries(counts) as [CountKey, number][]).map(
    ([key, value]) => r.pick(ALIASES[key]) + r.pick([' ', '=', ': ', ':', ' = ', '\u00a0']) + written(r, value),
  );
  const period = r.pick([null, 'T6/2025', '06/2025', '6T/2025', 'Q2/2025', '9T/2025', '2025', '6 tháng 2025']);
  const unit = r.pick([null, 'phường Thành Vinh', 'xã Tân Lập']);
  const body = pairs.join(r.pick([' ', '; ', ', ', '\n', ';', ',', ' ; ']));
  const lead = [r.pick(KEYWORDS), unit, period !== null && r.chance(0.5) ? period : null].filter((s) => s !== null);
  const text = `${lead.join(' ')} ${body}${period !== null && !lead.includes(period) ? ` ${period}` : ''}`;
  return { text, counts, unit, period };
}

describe('parseSubmission round trip', () => {
  it(`reads back ${ROUND_TRIPS} random valid count sets written in any accepted style`, () => {
    const r = new Random(SEED + 1);
    for (let n = 0; n < ROUND_TRIPS; n++) {
      const { text, counts, unit, period } = validMessage(r);
      const result = parseSubmission(text, { keywordOptional: r.chance(0.5) });
      if (result.kind !== 'ok') expect.fail(describeFailure(text, `got ${JSON.stringify(result)}`));
      expect(result.submission.counts, describeFailure(text, 'counts')).toEqual(counts);
      expect(result.submission.unitText, describeFailure(text, 'unit')).toBe(unit);
      expect(result.submission.period === null, describeFailure(text, 'period')).toBe(period === null);
    }
  });
});
