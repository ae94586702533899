/**
 * A message being taken apart: phrases recognised in its folded copy (lower case, no diacritics,
 * đ → d, punctuation kept) are cut out of the original, so that what is left — usually the place —
 * keeps its own spelling ("Nghệ An", not "nghe an"). Shared by the coverage-question parser
 * (core/query) and the completeness-question parser (core/completeness).
 */
import { type FoldedText, foldWithMap, originalSpan } from './folded-text.js';

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const EDGES = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const TRAILING_DASH = /\s*-\s*$/u;
const WORDY = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/**
 * A whole-word, global, Unicode regular expression over folded text: `body` matches only where it
 * is neither preceded nor followed by a letter or digit.
 * @example wordRe('tp|thanh\\s+pho').test('tp vinh') === true
 */
export function wordRe(body: string): RegExp {
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, 'gu');
}

/** A span [from, to) of the folded text (UTF-16 offsets), as a regular expression matched it. */
export interface Hit {
  readonly from: number;
  readonly to: number;
}

/** How {@link TextCutter.remainder} tidies what is left. */
export interface RemainderOptions {
  /**
   * Keep a lone "-" between words ("Vinh - Nghệ An") instead of dropping it with the other
   * punctuation-only words, and trim a dash left dangling at the end. Off by default.
   */
  readonly keepLoneDash?: boolean;
  /**
   * Put ";" where a cut stood between two kept words, so that no name is read across a cut phrase
   * ("phường Vinh Lộc [gồm những xã cũ nào] ạ" is not "Vinh Lộc A"). Off by default.
   */
  readonly breakAtCuts?: boolean;
}

/** Cuts phrases out of a text; what is not cut is the remainder. Positions in the folded text never move. */
export class TextCutter {
  private foldedText: string;
  private readonly map: FoldedText;
  private readonly removed: boolean[];

  /** Starts with nothing cut; `original` is read as given (normalise it first if that matters). */
  constructor(readonly original: string) {
    this.map = foldWithMap(original);
    this.foldedText = this.map.text;
    this.removed = new Array<boolean>(original.length).fill(false);
  }

  /** The folded text, with what has been cut replaced by spaces (positions never move). */
  get folded(): string {
    return this.foldedText;
  }

  /** The original spelling of folded span [from, to); empty for an empty span. */
  originalOf(from: number, to: number): string {
    const span = originalSpan(this.map, from, to);
    return span ? this.original.slice(span[0], span[1]) : '';
  }

  /** Every non-empty match of `re` (a global expression) in what is left, in order. */
  find(re: RegExp): Hit[] {
    const hits: Hit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.foldedText); m; m = re.exec(this.foldedText)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ from: m.index, to: m.index + m[0].length });
    }
    return hits;
  }

  /** Cuts folded span [from, to) and the original it came from, with any trailing combining marks. */
  cut(hit: Hit): void {
    const span = originalSpan(this.map, hit.from, hit.to);
    if (!span) return;
    let end = span[1];
    while (end < this.original.length && MARK.test(this.original[end] ?? '')) end++;
    for (let i = span[0]; i < end; i++) this.removed[i] = true;
    this.foldedText = this.foldedText.slice(0, hit.from) + ' '.repeat(hit.to - hit.from) + this.foldedText.slice(hit.to);
  }

  /**
   * Cuts every match of `re` that `accept` lets through (all of them without one); returns how many
   * were cut. Every match is found, and judged, before any is cut, so `accept` sees the text as it
   * was before this call.
   */
  cutAll(re: RegExp, accept?: (hit: Hit) => boolean): number {
    const hits = this.find(re).filter((hit) => !accept || accept(hit));
    for (const hit of hits) this.cut(hit);
    return hits.length;
  }

  /**
   * What is left of the original: words without a letter or digit dropped (but see
   * {@link RemainderOptions.keepLoneDash}), spaces collapsed, punctuation and symbols trimmed from
   * both ends.
   */
  remainder(options: RemainderOptions = {}): string {
    const keepDash = options.keepLoneDash === true;
    const breaks = options.breakAtCuts === true;
    let out = '';
    // A word kept since the last break: a cut that ends before another kept word breaks there.
    let wordSince = false;
    for (let i = 0; i < this.original.length; i++) {
      const char = this.original[i] ?? '';
      if (!this.removed[i]) {
        out += char;
        wordSince ||= WORDY.test(char);
      } else if (breaks && wordSince && !this.removed[i + 1]) {
        out = `${out.trimEnd()}; `;
        wordSince = false;
      } else out += ' ';
    }
    const left = out
      .split(/\s+/u)
      .filter((w) => WORDY.test(w) || (keepDash && w === '-'))
      .join(' ')
      .replace(EDGES, '');
    return keepDash ? left.replace(TRAILING_DASH, '') : left;
  }
}
