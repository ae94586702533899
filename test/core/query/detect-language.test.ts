import { describe, expect, it } from 'vitest';
import { detectLanguage, languageEvidence, messageLanguageEvidence } from '../../../src/core/query/index.js';
import { fold } from '../../../src/core/text/fold.js';

const evidence = (text: string) => languageEvidence(text, fold(text));

describe('languageEvidence', () => {
  it.each([
    ['coverage for Vinh city', 'en'],
    ['coverage for Hà Tĩnh', 'en'],
    ['what is the health insurance rate for Thai Binh', 'en'],
    ['great, thank you!', 'en'],
    ['Bac Kan UI headcount', 'en'],
    ['Hai Phong HI', 'en'],
  ])('reads "%s" as English', (text, language) => {
    expect(evidence(text)).toBe(language);
  });

  it.each([
    ['tỷ lệ BHXH Nghệ An'],
    ['tỷ lệ BHXH Vinh city'],
    ['bhxh tinh bac kan'],
    ['Hà Tĩnh'],
    ['nop 6T/2025 bb 41.200'],
    ['hi bot, bhyt hai phong t11/2023'],
    // "thế" folds to the English "the": an English word counts only typed without marks.
    ['Mong thế giới hòa bình'],
  ])('reads "%s" as Vietnamese', (text) => {
    expect(evidence(text)).toBe('vi');
  });

  it.each([['Vinh'], ['Chau Thanh'], ['1'], ['/lang'], [''], ['bb 41200 tn 3150']])('finds no evidence in "%s"', (text) => {
    expect(evidence(text)).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('is the evidence, or Vietnamese when there is none', () => {
    expect(detectLanguage('coverage for Vinh city', fold('coverage for Vinh city'))).toBe('en');
    expect(detectLanguage('tỷ lệ BHXH', fold('tỷ lệ BHXH'))).toBe('vi');
    expect(detectLanguage('Vinh', 'vinh')).toBe('vi');
  });
});

describe('messageLanguageEvidence', () => {
  it('reads a whole message as parseQuery does, and never throws', () => {
    expect(messageLanguageEvidence('coverage for Vinh city')).toBe('en');
    expect(messageLanguageEvidence('Vinh')).toBeNull();
    expect(messageLanguageEvidence(`${'x'.repeat(400)} coverage for Vinh city`)).toBeNull();
    expect(messageLanguageEvidence(undefined as unknown as string)).toBeNull();
  });
});
