/**
 * Folding that remembers where each folded character came from, so that words recognised in the
 * folded text can be cut out of the original and the place name kept in its own spelling.
 * Unlike `fold` (./fold.ts), which folds punctuation away and keeps no map, this keeps punctuation
 * and records, for every folded unit, where in the original it came from. Used by ./text-cutter.ts.
 */
import { rememberedPerText } from './remembered.js';

/** Folded text and, for each of its UTF-16 units, the span of the original it came from. */
export interface FoldedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const MARK = /\p{M}/gu;

/** A character outside ASCII, folded the long way. */
function foldWide(ch: string): string {
  return ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(MARK, '').toLowerCase();
}

/** Characters outside ASCII as met; a message uses few. Our choice: far above Vietnamese's letters with their marks. */
const foldWideRemembered = rememberedPerText(foldWide, { texts: 4_096 });

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII has no marks and nothing to decompose: only A–Z change.
  if (ch.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
  return foldWideRemembered(ch);
}

/** Lower case, no diacritics, đ → d; punctuation kept as is. */
export function foldWithMap(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    text += f;
    i += ch.length;
  }
  return { text, starts, ends };
}

/** The original span [start, end) that folded span [from, to) came from; null for an empty span. */
export function originalSpan(folded: FoldedText, from: number, to: number): readonly [number, number] | null {
  if (to <= from) return null;
  const start = folded.starts[from];
  const end = folded.ends[to - 1];
  return start === undefined || end === undefined ? null : [start, end];
}
