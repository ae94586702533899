import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/text/edit-distance.js';
import { allowedEdits, buildTypoIndex } from '../../../src/core/text/typo-index.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('vinh', 'vinnh', 2)).toBe(1);
    expect(editDistance('nghe an', 'ngh an', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('gia lia', 'gia lai', 2)).toBe(1);
  });

  it('stops at max + 1', () => {
    expect(editDistance('ha noi', 'da nang', 1)).toBe(2);
  });

  it('agrees with the full table on random strings for every bound', () => {
    const random = seeded(11);
    for (let n = 0; n < 3000; n++) {
      const a = randomText(random, 9);
      const b = random() < 0.6 ? mutate(random, a) : randomText(random, 9);
      const max = Math.floor(random() * 4);
      const full = fullDistance(a, b);
      expect(editDistance(a, b, max), `${a} / ${b} / ${max}`).toBe(full > max ? max + 1 : full);
    }
  });
});

describe('allowedEdits', () => {
  it('allows two edits from five letters, one below, none for very short or numbered names', () => {
    expect(allowedEdits('gia lai')).toBe(2);
    expect(allowedEdits('vinh')).toBe(1);
    expect(allowedEdits('ba')).toBe(0);
    expect(allowedEdits('phuong 12')).toBe(0);
  });
});

describe('buildTypoIndex', () => {
  const index = buildTypoIndex(['gia lai', 'gia lam', 'vinh', 'ninh binh', 'nghe an']);

  it('finds keys one or two edits away, closest first', () => {
    expect(index.near('gia lia')).toEqual([
      { key: 'gia lai', edits: 1 },
      { key: 'gia lam', edits: 2 },
    ]);
  });

  it('allows only one edit when the query is shorter than five letters', () => {
    expect(index.near('vinnh').map((m) => m.key)).toEqual(['vinh']);
    expect(index.near('vnh').map((m) => m.key)).toEqual(['vinh']);
    expect(index.near('xnh')).toEqual([]);
  });

  it('never returns the query itself', () => {
    expect(index.near('nghe an')).toEqual([]);
  });

  it('finds a long name among few of its length (compared one by one) as well as a short one', () => {
    const long = buildTypoIndex(['thanh pho ho chi minh', 'ho chi minh', 'thanh pho hue', 'gia lai']);
    expect(long.near('thanh pho ho chi minhh')).toEqual([{ key: 'thanh pho ho chi minh', edits: 1 }]);
    expect(long.near('ho chi mnh')).toEqual([{ key: 'ho chi minh', edits: 1 }]);
  });

  it('finds exactly the keys a comparison with every key finds, closest and then alphabetically first', () => {
    const random = seeded(5);
    const keys = Array.from({ length: 400 }, () => randomText(random, 14)).filter((key) => allowedEdits(key) > 0);
    const many = buildTypoIndex(keys);
    for (let n = 0; n < 150; n++) {
      const query = mutate(random, keys[Math.floor(random() * keys.length)] as string);
      const depth = allowedEdits(query);
      const expected = [...new Set(keys)]
        .map((key) => ({ key, edits: fullDistance(query, key) }))
        .filter(({ key, edits }) => edits > 0 && edits <= Math.min(depth, allowedEdits(key)))
        .sort((x, y) => x.edits - y.edits || (x.key < y.key ? -1 : 1));
      expect(many.near(query), query).toEqual(expected);
    }
  });
});

/** A small deterministic generator, so that failures reproduce. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function randomText(random: () => number, maxLength: number): string {
  const letters = 'ahn i';
  return Array.from({ length: 1 + Math.floor(random() * maxLength) }, () => letters[Math.floor(random() * letters.length)]).join('');
}

/** Up to three random deletions, insertions, substitutions or swaps. */
function mutate(random: () => number, text: string): string {
  let result = text;
  for (let edits = Math.floor(random() * 4); edits > 0; edits--) {
    const at = Math.floor(random() * (result.length + 1));
    const kind = random();
    if (kind < 0.25) result = result.slice(0, at) + result.slice(at + 1);
    else if (kind < 0.5) result = `${result.slice(0, at)}n${result.slice(at)}`;
    else if (kind < 0.75) result = `${result.slice(0, at)}i${result.slice(at + 1)}`;
    else result = result.slice(0, at) + (result[at + 1] ?? '') + (result[at] ?? '') + result.slice(at + 2);
  }
  return result;
}

/** Optimal string alignment distance over the whole table, unbounded. */
function fullDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => table[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (table[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}
