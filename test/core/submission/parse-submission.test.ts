import { describe, expect, it } from 'vitest';
import { MAX_SUBMISSION_LENGTH } from '../../../src/core/submission/index.js';
import { ok, parse, problems } from '../../support/submission-builders.js';

describe('parseSubmission', () => {
  describe('reads the examples of DESIGN 2.4 and the issue', () => {
    it.each([
      ['nop 6T/2025 bb 41.200 tn 3.150 bhtn 35.000 ld 180.000', { bb: 41200, tn: 3150, bhtn: 35000, ld: 180000 }, '2025-6M'],
      ['/nop bb=41200; tn=3150; ld=180000', { bb: 41200, tn: 3150, ld: 180000 }, null],
      ['nộp T6/2025 bhyt 520.000 ds 560.000', { bhyt: 520000, ds: 560000 }, '2025-06'],
      ['/submit@baophu_bot Q2/2025 bb: 41 200, tn: 3 150, ld: 180 000', { bb: 41200, tn: 3150, ld: 180000 }, '2025-Q2'],
    ])('%s', (text, counts, period) => {
      expect(ok(text)).toEqual({ counts, period, unitText: null, correction: false });
    });

    it('reads a correction', () => {
      expect(ok('sua 6T/2025 bb 41.300 ld 180.000')).toEqual({
        counts: { bb: 41300, ld: 180000 },
        period: '2025-6M',
        unitText: null,
        correction: true,
      });
    });

    it('returns the named unit for the app to resolve', () => {
      expect(ok('nop phường Thành Vinh 6T/2025 bb 41200 ld 180000')).toEqual({
        counts: { bb: 41200, ld: 180000 },
        period: '2025-6M',
        unitText: 'phường Thành Vinh',
        correction: false,
      });
    });
  });

  describe('keywords', () => {
    it.each(['nop', 'nộp', 'NỘP', 'Nop', '/nop', '/nộp', '/submit', '/submit@baophu_bot', '/nop@baophu_bot', '  nop:'])(
      'opens a submission with "%s"',
      (keyword) => {
        expect(ok(`${keyword} bb 41200`)).toMatchObject({ counts: { bb: 41200 }, correction: false });
      },
    );

    it.each(['sua', 'sửa', 'SỬA', '/sua', '/sửa', '/fix', '/fix@baophu_bot'])('marks "%s" as a correction', (keyword) => {
      expect(ok(`${keyword} bb 41200`)).toMatchObject({ counts: { bb: 41200 }, correction: true });
    });

    it('requires a keyword unless the caller allows leaving it out', () => {
      expect(parse('bb 41200 tn 3150 ld 180000')).toEqual({ kind: 'not-a-submission' });
      expect(ok('bb 41200 tn 3150 ld 180000', true)).toEqual({
        counts: { bb: 41200, tn: 3150, ld: 180000 },
        period: null,
        unitText: null,
        correction: false,
      });
    });

    it('does not take a question about submitting, with no counts, for a submission', () => {
      for (const text of ['Nộp báo cáo năm 2026 vào ngày 20/12/2026 có bị muộn không?', 'nop bao cao 6 thang khi nao', 'nộp ở đâu?']) {
        expect(parse(text)).toEqual({ kind: 'not-a-submission' });
      }
      expect(parse('nộp')).toMatchObject({ kind: 'invalid' });
    });

    it('does not take other commands or words for keywords', () => {
      for (const text of ['/start', '/help bb 41200', 'submit bb 41200', 'fix bb 41200', 'nopbb 41200', 'xin chào']) {
        expect(parse(text)).toEqual({ kind: 'not-a-submission' });
      }
    });

    it('treats a keyword alone as a submission without figures', () => {
      expect(problems('nop')).toEqual([{ code: 'no_counts' }]);
      expect(problems('/nop@baophu_bot 6T/2025')).toEqual([{ code: 'no_counts' }]);
    });
  });

  describe('without a keyword (private chat, keyword optional)', () => {
    it('reads a message made only of keys, numbers and a period', () => {
      expect(ok('T6/2025 bhyt 520.000 ds 560.000', true)).toMatchObject({ counts: { bhyt: 520000, ds: 560000 }, period: '2025-06' });
    });

    it.each([
      'bhyt Hải Phòng',
      'Gia Lai BHTN 2025 target',
      'bhxh vinh 2024',
      'coverage for Vinh city',
      'bhyt 2024',
      'bhyt 2023 2024',
      'xin chào',
      '41200',
      'bb tn ld',
      '',
    ])('leaves the question "%s" to the query path', (text) => {
      expect(parse(text, true)).toEqual({ kind: 'not-a-submission' });
    });

    it('still reports problems once a key has its number', () => {
      expect(problems('bb 41200 tnn 3150', true)).toEqual([{ code: 'unknown_key', key: 'tnn', value: '3150' }]);
      expect(problems('bb 41,5', true)).toEqual([{ code: 'decimal_count', key: 'bb', value: '41,5' }]);
    });

    it('reads a year-like count when another count is not a year', () => {
      expect(ok('tn 2025 bb 41200', true).counts).toEqual({ tn: 2025, bb: 41200 });
    });
  });

  describe('keys and aliases', () => {
    it.each([
      ['ld', 'ld'],
      ['lđ', 'ld'],
      ['LĐ', 'ld'],
      ['lao động', 'ld'],
      ['lao dong', 'ld'],
      ['Lao Động', 'ld'],
      ['ds', 'ds'],
      ['dân số', 'ds'],
      ['dan so', 'ds'],
      ['bb', 'bb'],
      ['bắt buộc', 'bb'],
      ['bat buoc', 'bb'],
      ['BHXH bắt buộc', 'bb'],
      ['tn', 'tn'],
      ['tự nguyện', 'tn'],
      ['tu nguyen', 'tn'],
      ['bhxh tn', 'tn'],
      ['bhtn', 'bhtn'],
      ['BHTN', 'bhtn'],
      ['bhyt', 'bhyt'],
      ['BHYT', 'bhyt'],
      ['huu', 'huu'],
      ['hưu', 'huu'],
      ['sth', 'sth'],
      ['STH', 'sth'],
    ])('reads "%s" as %s', (alias, key) => {
      expect(ok(`nop ${alias} 1.234`).counts).toEqual({ [key]: 1234 });
    });

    it('reads a key glued to its number, and a number glued to the next key', () => {
      expect(ok('nop bb41200 tn3150').counts).toEqual({ bb: 41200, tn: 3150 });
      expect(ok('nop bb 41200tn 3150').counts).toEqual({ bb: 41200, tn: 3150 });
    });

    it('reports a word followed by a number as an unknown key, suggesting the nearest key', () => {
      expect(problems('nop bb 41200 tnn 3150 bhxh 44350')).toEqual([
        { code: 'unknown_key', key: 'tnn', value: '3150' },
        { code: 'unknown_key', key: 'bhxh', value: '44350' },
      ]);
    });

    it('reports a number that follows no key', () => {
      expect(problems('nop 41200 tn 3150')).toEqual([{ code: 'unknown_key', value: '41200' }]);
      expect(problems('nop bb 41200, 3150')).toEqual([{ code: 'unknown_key', value: '3150' }]);
    });

    it('reports a key without a number', () => {
      expect(problems('nop bb tn 3150 ld')).toEqual([
        { code: 'missing_number', key: 'bb' },
        { code: 'missing_number', key: 'ld' },
      ]);
    });

    it('reports a key given twice, naming both values, under any alias', () => {
      expect(problems('nop bb 41200 tn 3150 bb 41300')).toEqual([{ code: 'duplicate_key', key: 'bb', value: '41200', otherValue: '41300' }]);
      expect(problems('nop ld 180000 lao động 180000')).toEqual([{ code: 'duplicate_key', key: 'ld', value: '180000', otherValue: '180000' }]);
    });

    it('reports a key given three times once', () => {
      expect(problems('nop tn 1 tn 2 tn 3')).toEqual([{ code: 'duplicate_key', key: 'tn', value: '1', otherValue: '2' }]);
    });
  });

  describe('separators', () => {
    it.each([
      'nop bb 41200 tn 3150 ld 180000',
      'nop bb=41200 tn=3150 ld=180000',
      'nop bb: 41200, tn: 3150, ld: 180000',
      'nop bb 41200; tn 3150; ld 180000',
      'nop\nbb 41200\ntn 3150\nld 180000',
      'nop bb=41200,tn=3150;ld=180000',
      'nop bb:41200 ;tn:3150 , ld :180000',
      'nop\r\nbb\t41200\r\ntn\t3150\r\nld\t180000',
      'nop bb = 41200 ; tn = 3150 ; ld = 180000 .',
    ])('reads "%s"', (text) => {
      expect(ok(text).counts).toEqual({ bb: 41200, tn: 3150, ld: 180000 });
    });
  });

  describe('numbers in Vietnamese formats', () => {
    it.each([
      ['41.200', 41200],
      ['41 200', 41200],
      ['41200', 41200],
      ['1.234.567', 1234567],
      ['1 234 567', 1234567],
      ['41\u00a0200', 41200],
      ['41\u2009200', 41200],
      ['41\u202f200', 41200],
      ['0', 0],
      ['007', 7],
      ['999', 999],
      ['200.000.000', 200_000_000],
    ])('reads %s as %i', (written, value) => {
      expect(ok(`nop bb ${written}`).counts).toEqual({ bb: value });
    });

    it('continues a number over a space only with groups of exactly three digits', () => {
      expect(ok('nop bb 41 200 tn 3 150 ld 180 000').counts).toEqual({ bb: 41200, tn: 3150, ld: 180000 });
      expect(problems('nop bb 41 20')).toEqual([{ code: 'unknown_key', value: '20' }]);
      expect(problems('nop bb 41200 300')).toEqual([{ code: 'unknown_key', value: '300' }]);
    });

    it('does not let a line break join two numbers', () => {
      expect(problems('nop bb 41\n200')).toEqual([{ code: 'unknown_key', value: '200' }]);
    });

    it.each(['41,5', '41.200,5', '41,200', '1,234,567', '41,200.5'])('rejects the decimal part in %s instead of guessing', (written) => {
      expect(problems(`nop bb ${written}`)).toEqual([{ code: 'decimal_count', key: 'bb', value: written }]);
    });

    it.each(['41.20', '41.2000', '4120.000', '41 200.000', '12k', '5tr', '95,5%', '95%'])('rejects the unclear number %s', (written) => {
      expect(problems(`nop bb ${written}`)[0]).toMatchObject({ key: 'bb', value: written });
    });

    it('rejects negative numbers, also with the minus sign glued to the key', () => {
      expect(problems('nop bb -5')).toEqual([{ code: 'negative', key: 'bb', value: '-5' }]);
      expect(problems('nop bb=−1.000')).toEqual([{ code: 'negative', key: 'bb', value: '-1000' }]);
      expect(problems('nop bb-5')).toEqual([{ code: 'negative', key: 'bb', value: '-5' }]);
    });

    it('reads "-0" as zero', () => {
      expect(ok('nop bb -0').counts).toEqual({ bb: 0 });
    });

    it('rejects counts above the sanity bound, however long', () => {
      expect(problems('nop ld 200.000.001')).toEqual([{ code: 'too_large', key: 'ld', value: '200000001' }]);
      expect(problems('nop ld 99999999999999999999999')).toEqual([{ code: 'too_large', key: 'ld', value: '99999999999999999999999' }]);
    });
  });

  describe('periods', () => {
    it.each([
      ['T6/2025', '2025-06'],
      ['t6/2025', '2025-06'],
      ['06/2025', '2025-06'],
      ['6/2025', '2025-06'],
      ['tháng 6/2025', '2025-06'],
      ['T12/2024', '2024-12'],
      ['6T/2025', '2025-6M'],
      ['6 tháng 2025', '2025-6M'],
      ['6 tháng đầu năm 2025', '2025-6M'],
      ['9T/2025', '2025-9M'],
      ['9 tháng 2025', '2025-9M'],
      ['Q2/2025', '2025-Q2'],
      ['quý 2/2025', '2025-Q2'],
      ['Q4 2024', '2024-Q4'],
      ['2025', '2025'],
      ['năm 2025', '2025'],
      ['2025-6M', '2025-6M'],
    ])('reads %s as %s', (written, code) => {
      expect(ok(`nop ${written} bb 41200`).period).toBe(code);
    });

    it('finds the period anywhere in the message', () => {
      expect(ok('nop bb 41.200 ld 180.000 6T/2025').period).toBe('2025-6M');
      expect(ok('nop bb 41 200 ld 180 000 2025').counts).toEqual({ bb: 41200, ld: 180000 });
      expect(ok('nop bb 41 200 ld 180 000 2025').period).toBe('2025');
    });

    it('does not take a small count for part of the period after it', () => {
      expect(ok('nop bb 10 T6/2025')).toMatchObject({ counts: { bb: 10 }, period: '2025-06' });
      expect(problems('nop bb 10 T6')).toEqual([{ code: 'bad_period', value: 'T6' }]);
    });

    it('leaves the period to the app when none is written', () => {
      expect(ok('nop bb 41200').period).toBeNull();
    });

    it("reads a bare year right after a key as that key's count", () => {
      expect(ok('nop 2025 ds 2025 lao động 2024')).toMatchObject({ counts: { ds: 2025, ld: 2024 }, period: '2025' });
    });

    it.each(['T13/2025', '6T/25', 'T6', '6T', '6 tháng', 'Q5/2025', 'quý 2', '1/7/2025', '13/2025'])('reports the malformed period %s', (written) => {
      expect(problems(`nop ${written} bb 41200`)).toEqual([{ code: 'bad_period', value: written }]);
    });

    it('reports two different periods, and accepts the same period written twice', () => {
      expect(problems('nop 6T/2025 bb 41200 Q2/2025')).toEqual([{ code: 'bad_period', value: '6T/2025', otherValue: 'Q2/2025' }]);
      expect(ok('nop 6T/2025 bb 41200 6 tháng 2025').period).toBe('2025-6M');
    });
  });

  describe('unit text', () => {
    it('keeps the leftover words in order and in their own spelling', () => {
      expect(ok('nop phường Thành Vinh 6T/2025 bb 41200').unitText).toBe('phường Thành Vinh');
      expect(ok('nop xã Tân Lập, huyện Đan Phượng: bb 41200').unitText).toBe('xã Tân Lập, huyện Đan Phượng');
      expect(ok('nop Thành bb 41200 Vinh').unitText).toBe('Thành Vinh');
    });

    it('keeps a numbered unit whole', () => {
      expect(ok('nop phường 3 bb 41200').unitText).toBe('phường 3');
      expect(ok('nop P.12 Q.10 T6/2025 bb 41200')).toMatchObject({ unitText: 'P.12 Q.10', period: '2025-06' });
    });

    it('is null when every word was understood', () => {
      expect(ok('nop 6T/2025 bb 41200').unitText).toBeNull();
    });
  });

  describe('checks the counts before anything is stored', () => {
    it('names both sides when a numerator exceeds its denominator', () => {
      expect(problems('nop bb 41.200 tn 3.150 ld 40.000')).toEqual([
        { code: 'numerator_exceeds_denominator', key: 'bb + tn', value: '44350', other: 'ld', otherValue: '40000' },
      ]);
      expect(problems('nop bhyt 600.000 ds 560.000 huu 10 sth 9 bhtn 5 ld 4')).toEqual([
        { code: 'numerator_exceeds_denominator', key: 'bhtn', value: '5', other: 'ld', otherValue: '4' },
        { code: 'numerator_exceeds_denominator', key: 'bhyt', value: '600000', other: 'ds', otherValue: '560000' },
        { code: 'numerator_exceeds_denominator', key: 'huu', value: '10', other: 'sth', otherValue: '9' },
      ]);
    });

    it('accepts a numerator equal to its denominator', () => {
      expect(ok('nop bb 30 tn 10 ld 40').counts).toEqual({ bb: 30, tn: 10, ld: 40 });
    });

    it('returns every problem it finds, not only the first', () => {
      const found = problems('nop T13/2025 bb 41,5 bb 2 tnn 3 ld -4 ds');
      expect(found.map((p) => p.code).sort()).toEqual(['bad_period', 'decimal_count', 'duplicate_key', 'missing_number', 'negative', 'unknown_key']);
    });
  });

  describe('is total and cheap', () => {
    it('treats a message longer than the cap as no submission', () => {
      expect(parse(`nop bb 41200 ${'x'.repeat(MAX_SUBMISSION_LENGTH)}`)).toEqual({ kind: 'not-a-submission' });
    });

    it('ignores invisible characters and reads emoji as separators', () => {
      expect(ok('\ufeffnop bb 41\u200b200 👍 tn 3150 🎉').counts).toEqual({ bb: 41200, tn: 3150 });
    });

    it('survives input that is not a string at run time', () => {
      expect(parse(undefined as unknown as string)).toEqual({ kind: 'not-a-submission' });
    });
  });
});
