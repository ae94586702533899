import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/adapters/zalo/split-text.js';

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text with its white space runs collapsed: what a split may change. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('splitText', () => {
  it('keeps a text within the limit whole', () => {
    expect(splitText('Xin chào\nbạn', 2000)).toEqual(['Xin chào\nbạn']);
  });

  it('sends nothing for an empty or blank text', () => {
    expect(splitText('', 2000)).toEqual([]);
    expect(splitText(' \n\t', 2000)).toEqual([]);
  });

  it('cuts a 4,500-character reply of lines into 3 messages on line breaks, losing nothing but the breaks', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Dòng ${String(i).padStart(2, '0')}: ${'tỷ lệ bao phủ '.repeat(5)}`.padEnd(89, '.'));
    const text = lines.join('\n');
    expect(text.length).toBe(4499);
    const pieces = splitText(text, 2000);
    expect(pieces).toHaveLength(3);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      // Every piece is made of whole lines.
      for (const line of piece.split('\n')) expect(lines).toContain(line);
    }
    expect(pieces.join('\n')).toBe(text);
  });

  it('cuts a text without line breaks between words, never inside one', () => {
    const words = Array.from({ length: 900 }, (_, i) => `từ${i}`);
    const text = words.join(' ');
    const pieces = splitText(text, 2000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      for (const word of piece.split(' ')) expect(words).toContain(word);
    }
    expect(squash(pieces.join(' '))).toBe(squash(text));
  });

  it('prefers a line break near the end of the window to a later space', () => {
    const text = `${'a '.repeat(30)}\n${'b '.repeat(30)}`;
    expect(splitText(text, 70)).toEqual([squash('a '.repeat(30)), squash('b '.repeat(30))]);
  });

  it('cuts a word longer than a message, but never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(10)}`; // 21 code units
    const pieces = splitText(text, 6);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(6);
      expect(piece).not.toMatch(LONE_SURROGATE);
    }
    expect(pieces.join('')).toBe(text);
  });

  it('cuts a word longer than a message between letters, keeping each with its decomposed tone marks', () => {
    const word = 'Nghe\u0323\u0302An'.repeat(4); // "NghệAn", the marks of "ệ" apart from its "e"
    const pieces = splitText(word, 5);
    expect(pieces.join('')).toBe(word);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(5);
      expect(piece).not.toMatch(/^\p{M}/u);
    }
  });

  it('never sends an empty piece when blank lines meet a cut', () => {
    const text = `${'x'.repeat(10)}\n\n\n\n\n${'y'.repeat(10)}`;
    expect(splitText(text, 12)).toEqual(['x'.repeat(10), 'y'.repeat(10)]);
  });
});
