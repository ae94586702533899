/**
 * Hashes of the strings left by deleting up to two characters of a text, computed from prefix
 * hashes without building the strings: what a symmetric-delete index stores and looks up. Two
 * different strings may share a hash; the index verifies every key it finds, so that only costs a
 * comparison.
 */

const BASE = 131;
let prefix = new Int32Array(64);
let powers = new Int32Array(64);

function prepare(text: string): void {
  if (prefix.length <= text.length) {
    prefix = new Int32Array(text.length * 2 + 2);
    powers = new Int32Array(text.length * 2 + 2);
  }
  powers[0] = 1;
  for (let i = 0; i < text.length; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + text.charCodeAt(i)) | 0;
    powers[i + 1] = Math.imul(powers[i] as number, BASE);
  }
}

/** The hash of `text.slice(start, end)` for the text last prepared. */
function range(start: number, end: number): number {
  return ((prefix[end] as number) - Math.imul(prefix[start] as number, powers[end - start] as number)) | 0;
}

/** The hash of a string of hash `head` followed by one of hash `tail` and length `tailLength`. */
function join(head: number, tail: number, tailLength: number): number {
  return (Math.imul(head, powers[tailLength] as number) + tail) | 0;
}

/** The hash `forEachDeletionHash` gives a text with nothing deleted. */
export function textHash(text: string): number {
  prepare(text);
  return prefix[text.length] as number;
}

/**
 * Calls `visit` with the hash of `text` and of every string left by deleting one character, and
 * (when `depth` is 2) two characters, at every choice of positions. A string reachable in several
 * ways (deleting either letter of "nn") is visited once per way. `depth` is at most 2.
 */
export function forEachDeletionHash(text: string, depth: number, visit: (hash: number) => void): void {
  const length = text.length;
  prepare(text);
  visit(prefix[length] as number);
  if (depth < 1) return;
  for (let i = 0; i < length; i++) {
    visit(join(prefix[i] as number, range(i + 1, length), length - i - 1));
    if (depth < 2) continue;
    for (let j = i + 1; j < length; j++) {
      visit(join(join(prefix[i] as number, range(i + 1, j), j - i - 1), range(j + 1, length), length - j - 1));
    }
  }
}
