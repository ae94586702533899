/**
 * A message being taken apart: phrases recognised in its folded copy are cut out of the original,
 * so that what is left (the place) keeps its own spelling ("Nghệ An", not "nghe an").
 */
import { foldWithMap, originalSpan, type FoldedText } from '../query/folded-text.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** A whole-word, global, Unicode regular expression over folded text. */
export function wordRe(body: string): RegExp {
  return new RegExp(`${B}(?:${body})${E}`, 'gu');
}

/** A span of the folded text that a regular expression matched. */
export interface Hit {
  readonly from: number;
  readonly to: number;
}

/** Cuts phrases out of a text; what is not cut is the remainder. */
export class TextCutter {
  private foldedText: string;
  private readonly map: FoldedText;
  private readonly removed: boolean[];

  constructor(readonly original: string) {
    this.map = foldWithMap(original);
    this.foldedText = this.map.text;
    this.removed = new Array<boolean>(original.length).fill(false);
  }

  /** The folded text, with what has been cut replaced by spaces (positions never move). */
  get folded(): string {
    return this.foldedText;
  }

  /** The original spelling of folded span [from, to). */
  originalOf(from: number, to: number): string {
    const span = originalSpan(this.map, from, to);
    return span ? this.original.slice(span[0], span[1]) : '';
  }

  /** Every match of `re` in what is left, in order. */
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
    while (end < this.original.length && /\p{M}/u.test(this.original[end] ?? '')) end++;
    for (let i = span[0]; i < end; i++) this.removed[i] = true;
    this.foldedText = this.foldedText.slice(0, hit.from) + ' '.repeat(hit.to - hit.from) + this.foldedText.slice(hit.to);
  }

  /** Cuts every match that `accept` lets through (all without one); returns how many were cut. */
  cutAll(re: RegExp, accept?: (hit: Hit) => boolean): number {
    const hits = this.find(re).filter((hit) => !accept || accept(hit));
    for (const hit of hits) this.cut(hit);
    return hits.length;
  }

  /** What is left of the original: punctuation-only words dropped, spaces collapsed, edges trimmed. */
  remainder(): string {
    let out = '';
    for (let i = 0; i < this.original.length; i++) out += this.removed[i] ? ' ' : this.original[i];
    return out
      .split(/\s+/u)
      .filter((w) => /[\p{L}\p{N}]/u.test(w))
      .join(' ')
      .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  }
}
