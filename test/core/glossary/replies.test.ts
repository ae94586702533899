import { describe, expect, it } from 'vitest';
import { composeMeaning } from '../../../src/core/glossary/replies.js';

describe('composeMeaning', () => {
  it('writes an abbreviation out and gives its rate from the catalogue', () => {
    const text = composeMeaning({ kind: 'indicator', code: 'bhyt' }, 'vi');
    expect(text).toContain('BHYT là bảo hiểm y tế.');
    expect(text).toContain('số người tham gia BHYT ÷ dân số');
    expect(text).toMatch(/Ví dụ hỏi: bhyt/);
  });

  it('says an index has no counts', () => {
    expect(composeMeaning({ kind: 'indicator', code: 'hai_long' }, 'en')).toMatch(/^Satisfaction index: an index in percent/);
  });

  it('explains the words in both languages', () => {
    expect(composeMeaning({ kind: 'word', word: 'special_zone' }, 'vi')).toMatch(/^Đặc khu: đơn vị hành chính cấp xã/);
    expect(composeMeaning({ kind: 'word', word: 'labour_force' }, 'en')).toContain('"ld <number>"');
  });
});
