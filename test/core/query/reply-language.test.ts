import { describe, expect, it } from 'vitest';
import { replyLanguage } from '../../../src/core/query/index.js';

describe('replyLanguage', () => {
  it('puts the person’s choice above the text', () => {
    expect(replyLanguage({ chosen: 'en', evidence: 'vi', hint: 'vi' })).toBe('en');
    expect(replyLanguage({ chosen: 'vi', evidence: 'en', hint: 'en' })).toBe('vi');
  });

  it('puts the text above the platform’s hint', () => {
    expect(replyLanguage({ chosen: null, evidence: 'vi', hint: 'en' })).toBe('vi');
    expect(replyLanguage({ evidence: 'en', hint: 'vi' })).toBe('en');
  });

  it('takes the hint when neither the person nor the text says anything', () => {
    expect(replyLanguage({ chosen: null, evidence: null, hint: 'en' })).toBe('en');
    expect(replyLanguage({ hint: 'vi' })).toBe('vi');
  });

  it('falls back to Vietnamese', () => {
    expect(replyLanguage({})).toBe('vi');
    expect(replyLanguage({ chosen: null, evidence: null, hint: null })).toBe('vi');
  });
});
