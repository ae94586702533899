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
});
