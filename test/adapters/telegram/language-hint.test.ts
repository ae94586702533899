import { describe, expect, it } from 'vitest';
import { languageHintOf } from '../../../src/adapters/telegram/language-hint.js';

describe('languageHintOf', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
  ])('reads "%s" as %s', (code, language) => {
    expect(languageHintOf(code)).toBe(language);
  });

  it.each([['ru'], ['zh-hans'], ['fr-VI'], [''], [undefined]])('gives no hint for %s', (code) => {
    expect(languageHintOf(code)).toBeUndefined();
  });
});
