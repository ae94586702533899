import { describe, expect, it } from 'vitest';
import { type SplitRule, splitText } from '../../../src/adapters/channel/split-text.js';
import { TELEGRAM_SPLIT, TELEGRAM_TEXT_LIMIT } from '../../../src/adapters/telegram/send-reply.js';
import { ZALO_SPLIT, ZALO_TEXT_LIMIT } from '../../../src/adapters/zalo/zalo-messenger.js';

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text with its white space runs collapsed: what a split may change. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const KEEP = (limit: number): SplitRule => ({ limit, whiteSpaceAtCut: 'keep' });
const DROP = (limit: number): SplitRule => ({ limit, whiteSpaceAtCut: 'drop' });

describe('the channels’ split rules', () => {
  it('are Telegram’s 4,096 keeping white space, and Zalo’s 2,000 dropping it', () => {
    expect(TELEGRAM_SPLIT).toEqual({ limit: TELEGRAM_TEXT_LIMIT, whiteSpaceAtCut: 'keep' });
    expect(TELEGRAM_TEXT_LIMIT).toBe(4096);
    expect(ZALO_SPLIT).toEqual({ limit: ZALO_TEXT_LIMIT, whiteSpaceAtCut: 'drop' });
    expect(ZALO_TEXT_LIMIT).toBe(2000);
  });
});

describe.each([
  ['telegram', TELEGRAM_SPLIT],
  ['zalo', ZALO_SPLIT],
] as const)('splitText at %s’s rule', (_channel, rule) => {
  const { limit } = rule;

  it('keeps a text within the limit whole', () => {
    expect(splitText('Xin chào\nHà Nội', rule)).toEqual(['Xin chào\nHà Nội']);
    const full = 'x'.repeat(limit);
    expect(splitText(full, rule)).toEqual([full]);
  });

  it('sends nothing for an empty or blank text', () => {
    expect(splitText('', rule)).toEqual([]);
    expect(splitText('   ', rule)).toEqual([]);
    expect(splitText(' \n\t', rule)).toEqual([]);
  });

  it('cuts a long text of lines on line breaks, each part within the limit, losing nothing but the breaks', () => {
    // Lines of 49 characters: 50 with the break, so a part holds floor((limit + 1) / 50) of them.
    const perPart = Math.floor((limit + 1) / 50);
    const lines = Array.from({ length: perPart * 2 + 20 }, (_, i) => `${String(i).padStart(3, '0')} ${'x'.repeat(45)}`);
    const text = lines.join('\n');
    const parts = splitText(text, rule);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(limit);
      // Every part is made of whole lines.
      for (const line of part.split('\n')) expect(lines).toContain(line);
    }
    expect(parts.join('\n')).toBe(text);
    expect(parts[1]?.startsWith(`${String(perPart).padStart(3, '0')} `)).toBe(true);
  });

  it('cuts a text of Vietnamese lines of 89 characters on line breaks', () => {
    const lines = Array.from({ length: Math.ceil((limit * 2.25) / 90) }, (_, i) =>
      `Dòng ${String(i).padStart(2, '0')}: ${'tỷ lệ bao phủ '.repeat(5)}`.padEnd(89, '.'),
    );
    const text = lines.join('\n');
    const pieces = splitText(text, rule);
    expect(pieces).toHaveLength(3);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(limit);
      for (const line of piece.split('\n')) expect(lines).toContain(line);
    }
    expect(pieces.join('\n')).toBe(text);
  });

  it('cuts a text without line breaks between words, never inside one', () => {
    const words = Array.from({ length: Math.ceil(limit / 2.2) }, (_, i) => `từ${i}`);
    const text = words.join(' ');
    const pieces = splitText(text, rule);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(limit);
      for (const word of piece.split(' ')) expect(words).toContain(word);
    }
    expect(squash(pieces.join(' '))).toBe(squash(text));
    expect(pieces.join(' ')).toBe(text);
  });

  it('cuts a word longer than a message at the limit, never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(limit)}`;
    const pieces = splitText(text, rule);
    expect(pieces.map((piece) => piece.length)).toEqual([limit - 1, limit, 2]);
    for (const piece of pieces) expect(piece).not.toMatch(LONE_SURROGATE);
    expect(pieces.join('')).toBe(text);
  });
});

describe.each([
  ['keep', KEEP],
  ['drop', DROP],
] as const)('splitText, white space at a cut: %s', (_mode, rule) => {
  it('cuts a line longer than the limit at a space', () => {
    expect(splitText('aaaa bbbb cccc', rule(10))).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('cuts a line without spaces at the limit, never inside a surrogate pair', () => {
    expect(splitText(`abc${'😀'.repeat(4)}`, rule(6))).toEqual(['abc😀', '😀😀😀']);
  });

  it('cuts a word longer than a message, but never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(10)}`; // 21 code units
    const pieces = splitText(text, rule(6));
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(6);
      expect(piece).not.toMatch(LONE_SURROGATE);
    }
    expect(pieces.join('')).toBe(text);
  });

  it('cuts a line without spaces between emoji, never inside one joined by ZWJ', () => {
    const family = '👨‍👩‍👧';
    expect(splitText(family.repeat(3), rule(12))).toEqual([family, family, family]);
  });

  it('cuts a word longer than a message between letters, keeping each with its decomposed tone marks', () => {
    const word = 'Nghe\u0323\u0302An'.repeat(4); // "NghệAn", the marks of "ệ" apart from its "e"
    const pieces = splitText(word, rule(5));
    expect(pieces.join('')).toBe(word);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(5);
      expect(piece).not.toMatch(/^\p{M}/u);
    }
  });

  it('prefers a line break in the second half of the window to a later space', () => {
    const pieces = splitText(`${'a '.repeat(30)}\n${'b '.repeat(30)}`, rule(70));
    expect(pieces.map(squash)).toEqual([squash('a '.repeat(30)), squash('b '.repeat(30))]);
  });

  it('refuses a limit below 2 or not an integer', () => {
    expect(() => splitText('abc', rule(1))).toThrow(RangeError);
    expect(() => splitText('abc', rule(2.5))).toThrow(RangeError);
  });
});

describe('splitText keeping white space (Telegram)', () => {
  it('drops only the line break or the space a cut falls on: the parts give the text back', () => {
    const text = `${'a '.repeat(30)}\n${'b '.repeat(30)}`;
    expect(splitText(text, KEEP(70))).toEqual(['a '.repeat(30), 'b '.repeat(30)]);
    expect(splitText('  indented line\n  and another one', KEEP(20))).toEqual(['  indented line', '  and another one']);
  });

  it('keeps the trailing spaces of lines, so a reply of padded lines joins back exactly', () => {
    const long = Array.from({ length: 100 }, (_, i) => `${i}. ${'dòng '.repeat(9)}`).join('\n');
    const parts = splitText(long, TELEGRAM_SPLIT);
    expect(parts).toHaveLength(2);
    expect(parts.join('\n')).toBe(long);
  });
});

describe('splitText dropping white space (Zalo)', () => {
  it('drops the white space around a cut', () => {
    const text = `${'a '.repeat(30)}\n${'b '.repeat(30)}`;
    expect(splitText(text, DROP(70))).toEqual([squash('a '.repeat(30)), squash('b '.repeat(30))]);
  });

  it('never sends an empty piece when blank lines meet a cut', () => {
    const text = `${'x'.repeat(10)}\n\n\n\n\n${'y'.repeat(10)}`;
    expect(splitText(text, DROP(12))).toEqual(['x'.repeat(10), 'y'.repeat(10)]);
  });
});
