import { describe, expect, it } from 'vitest';
import { forEachDeletionHash, textHash } from '../../../src/core/text/deletion-hashes.js';

function visited(text: string, depth: number): number[] {
  const hashes: number[] = [];
  forEachDeletionHash(text, depth, (hash) => hashes.push(hash));
  return hashes;
}

/** The strings left by deleting up to `depth` characters, one per choice of positions, in visiting order. */
function deletedStrings(text: string, depth: number): string[] {
  const found = [text];
  if (depth < 1) return found;
  for (let i = 0; i < text.length; i++) {
    found.push(text.slice(0, i) + text.slice(i + 1));
    if (depth < 2) continue;
    for (let j = i + 1; j < text.length; j++) found.push(text.slice(0, i) + text.slice(i + 1, j) + text.slice(j + 1));
  }
  return found;
}

describe('forEachDeletionHash', () => {
  it.each(['tan thanh', 'nghe an', 'vinh', 'ab', 'a', 'thanh pho ho chi minh'])('hashes every deletion of %j as the deleted string hashes', (text) => {
    for (const depth of [0, 1, 2]) {
      expect(visited(text, depth)).toEqual(deletedStrings(text, depth).map(textHash));
    }
  });

  it('gives strings that differ different hashes, as a rule', () => {
    expect(textHash('gia lai')).not.toBe(textHash('gia lia'));
    expect(textHash('')).toBe(0);
  });
});
