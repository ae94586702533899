import { describe, expect, it } from 'vitest';
import { safeCut } from '../../../src/core/text/safe-cut.js';

/** A family: man, ZWJ, woman, ZWJ, girl; 8 code units, one character on screen. */
const FAMILY = '👨‍👩‍👧';
/** "ế" decomposed: e, combining circumflex, combining acute; 3 code units, one character. */
const E_CIRCUMFLEX_ACUTE = 'e\u0302\u0301';
/** The flag of Viet Nam: two regional indicators; 4 code units, one character. */
const FLAG = '🇻🇳';

describe('safeCut', () => {
  it('keeps a text within the limit whole', () => {
    expect(safeCut('abc', 3)).toBe(3);
  });

  it('cuts plain letters at the limit', () => {
    expect(safeCut('abcdef', 4)).toBe(4);
  });

  it('never cuts inside a family emoji joined by ZWJ', () => {
    expect(FAMILY).toHaveLength(8);
    // Cut points inside the second family fall back to the end of the first.
    for (let limit = 8; limit < 16; limit += 1) expect(safeCut(FAMILY.repeat(3), limit)).toBe(8);
    expect(safeCut(FAMILY.repeat(3), 16)).toBe(16);
  });

  it('keeps a letter with its decomposed Vietnamese tone marks', () => {
    const word = `Ki${E_CIRCUMFLEX_ACUTE}n`;
    expect(safeCut(word, 3)).toBe(2);
    expect(safeCut(word, 4)).toBe(2);
    expect(safeCut(word, 5)).toBe(5);
  });

  it('keeps the two halves of a flag together', () => {
    expect(safeCut(FLAG.repeat(3), 6)).toBe(4);
  });

  it('decides a cut at the limit by the character after it', () => {
    // The mark right after the limit belongs to the letter before it.
    expect(safeCut(`ab${E_CIRCUMFLEX_ACUTE}`, 3)).toBe(2);
  });

  it('cuts a cluster longer than the limit between code points, keeping surrogate pairs whole', () => {
    const heavy = `a${'\u0301'.repeat(10)}`;
    expect(safeCut(heavy, 4)).toBe(4);
    const skinTones = `👍${'\u{1F3FB}'.repeat(5)}`;
    expect(safeCut(skinTones, 5)).toBe(4);
  });
});
