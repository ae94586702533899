import { describe, expect, it } from 'vitest';
import { cutPeriods } from '../../../src/core/periods/cut-periods.js';
import { TextCutter } from '../../../src/core/text/text-cutter.js';

function cut(text: string): { codes: string[]; left: string } {
  const work = new TextCutter(text);
  const codes = cutPeriods(work).map((p) => p.code);
  return { codes, left: work.remainder() };
}

describe('cutPeriods', () => {
  it('cuts each period with its year word and returns each once', () => {
    expect(cut('chỉ tiêu năm 2021 và năm 2030, lại năm 2021')).toEqual({ codes: ['2021', '2030'], left: 'chỉ tiêu và lại' });
  });

  it('keeps a capitalised Nam that belongs to a place', () => {
    expect(cut('bhxh Quảng Nam 2024')).toEqual({ codes: ['2024'], left: 'bhxh Quảng Nam' });
  });

  it('cuts "hiện nay" without naming a period', () => {
    expect(cut('tỷ lệ hiện nay Gia Lai')).toEqual({ codes: [], left: 'tỷ lệ Gia Lai' });
  });
});
