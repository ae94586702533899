/**
 * Where a word too long for one message may be cut: between two characters as a reader sees them
 * (grapheme clusters: a letter with its combining tone marks, an emoji with its skin tone or the
 * joiners of a family), so that neither message shows half of one.
 */

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * The length of the longest prefix of `text` within `limit` UTF-16 code units (limit ≥ 2) that ends
 * between grapheme clusters; `text.length` when it fits. When the first cluster alone is longer than
 * `limit` (a letter under hundreds of marks), the cut falls between code points instead, so that a
 * surrogate pair stays whole and the prefix is never empty.
 */
export function safeCut(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  // Whether a cluster ends at i depends on what comes before i and on the one code point at i, so
  // a window reaching a whole code point past the limit decides every cut up to the limit.
  let cut = 0;
  for (const { index } of graphemes.segment(text.slice(0, limit + 2))) {
    if (index > limit) break;
    cut = index;
  }
  if (cut > 0) return cut;
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
