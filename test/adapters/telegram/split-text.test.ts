import { describe, expect, it } from 'vitest';
import { splitText, TELEGRAM_TEXT_LIMIT } from '../../../src/adapters/telegram/split-text.js';

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('Xin chào\nHà Nội')).toEqual(['Xin chào\nHà Nội']);
  });

  it('cuts a long text on line boundaries, each part within the limit, losing nothing', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')} ${'x'.repeat(45)}`);
    const text = lines.join('\n');
    const parts = splitText(text, TELEGRAM_TEXT_LIMIT);
    expect(text.length).toBe(4999);
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.length <= TELEGRAM_TEXT_LIMIT)).toBe(true);
    expect(parts.join('\n')).toBe(text);
    expect(parts[1]?.startsWith('081 ')).toBe(true);
  });

  it('cuts a line longer than the limit at a space', () => {
    expect(splitText('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('cuts a line without spaces at the limit, never inside a surrogate pair', () => {
    const parts = splitText(`abc${'😀'.repeat(4)}`, 6);
    expect(parts).toEqual(['abc😀', '😀😀😀']);
  });

  it('cuts a line without spaces between emoji, never inside one joined by ZWJ', () => {
    const family = '👨‍👩‍👧';
    const parts = splitText(family.repeat(3), 12);
    expect(parts).toEqual([family, family, family]);
  });

  it('drops blank parts', () => {
    expect(splitText('   ')).toEqual([]);
  });
});
