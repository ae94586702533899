import { describe, expect, it } from 'vitest';
import { cutsEveryday, everydayTyped } from '../../../src/core/units/everyday-words.js';

describe('everydayTyped', () => {
  it('is true for an everyday phrase typed as words, whatever its diacritics', () => {
    expect(everydayTyped(['yên', 'tâm'])).toBe(true);
    expect(everydayTyped(['Thuận', 'lợi'])).toBe(true);
    expect(everydayTyped(['thuong', 'binh'])).toBe(true);
    // Words of official letters: "theo chỉ đạo của", "em đang làm báo cáo", "an sinh xã hội".
    expect(everydayTyped(['chỉ', 'đạo'])).toBe(true);
    expect(everydayTyped(['dang', 'lam'])).toBe(true);
    expect(everydayTyped(['an', 'sinh'])).toBe(true);
  });

  it('is false for the phrase typed as a name, for one word, and for other names', () => {
    expect(everydayTyped(['Yên', 'Tâm'])).toBe(false);
    expect(everydayTyped(['tâm'])).toBe(false);
    expect(everydayTyped(['gia', 'lai'])).toBe(false);
  });
});

describe('cutsEveryday', () => {
  const raw = ['hoàn', 'thành', 'thắng', 'lợi', 'nhiệm', 'vụ'];

  it('is true for a run that cuts into an everyday phrase, false for the phrase itself and runs beside it', () => {
    expect(cutsEveryday(raw, 2, 3)).toBe(true);
    expect(cutsEveryday(raw, 3, 5)).toBe(true);
    expect(cutsEveryday(raw, 2, 4)).toBe(false);
    expect(cutsEveryday(raw, 4, 6)).toBe(false);
    expect(cutsEveryday(['xã', 'Thắng', 'Lợi'], 1, 2)).toBe(false);
  });
});
