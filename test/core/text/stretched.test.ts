import { describe, expect, it } from 'vitest';
import { withoutStretchedEnds } from '../../../src/core/text/stretched.js';

describe('withoutStretchedEnds', () => {
  it('writes once a lower-case letter repeated three times or more at the end of a word', () => {
    expect(withoutStretchedEnds('hạn báo cáooo 6 thánggg')).toBe('hạn báo cáo 6 tháng');
    expect(withoutStretchedEnds('deadlineee for the annual reporttt??')).toBe('deadline for the annual report??');
    expect(withoutStretchedEnds('bhyttt haiiphonggg')).toBe('bhyt haiiphong');
  });

  it('leaves letters typed twice, inside a word, in capitals, and digits', () => {
    expect(withoutStretchedEnds('Hai Phongg, Nghệ Ann, xoong')).toBe('Hai Phongg, Nghệ Ann, xoong');
    expect(withoutStretchedEnds('mã AB3KKK ZZZ 1000')).toBe('mã AB3KKK ZZZ 1000');
    expect(withoutStretchedEnds('aaab')).toBe('aaab');
  });
});
