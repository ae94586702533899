/**
 * How the diacritics typed in a run of words fit the unit it was read as. People who type them
 * type them as they are written; a run that carries others was misread or is another word.
 */
import { hasVietnameseMarks, markKey, rawWords } from '../text/fold.js';
import type { Unit } from '../types.js';
import type { PlaceWords } from './place-words.js';
import type { PlaceResolution } from './resolve-place.js';
import { TYPE_WORDS } from './type-words.js';
import type { UnitIndex } from './unit-index.js';

/** The diacritics of one word, wherever they sit: "phòg" and "phòng" share them, "chút" and "chũ" do not. */
function marksOf(word: string): string {
  return markKey(word).split('|')[1] ?? '';
}

/**
 * A correction keeps the diacritics typed: each word typed with marks is a type word or carries the
 * marks of some word of the unit's names or its ancestors'. People who type diacritics misspell
 * letters ("Hải Phòg") far more often than they retype a different tone on every word ("buổi sáng"
 * is not Suối Bàng, "chút" is not Chũ).
 */
export function keepsMarks(run: PlaceWords, resolution: PlaceResolution, index: UnitIndex, typeTokens: ReadonlySet<string>): boolean {
  if (resolution.kind !== 'found') return true;
  const unit = resolution.unit;
  if (typeWordReadAsName(run, unit, typeTokens)) return false;
  const named = new Set([unit, ...index.ancestorsOf(unit)].flatMap((u) => rawWords(u.name)).map(marksOf));
  // A mark left out of the name's word in the same place ("Bác Cạn" for Bắc Kạn) keeps the others.
  const own = rawWords(unit.name);
  const offset = run.raw.length - own.length;
  const leftOut = (word: string, i: number) => {
    const name = own[i - offset];
    return name !== undefined && [...marksOf(word)].every((mark) => marksOf(name).includes(mark));
  };
  const typed = typedTypeWords(run);
  return run.raw.every(
    (word, i) => !hasVietnameseMarks(word) || typeTokens.has(run.folded[i] ?? '') || typed.has(i) || named.has(marksOf(word)) || leftOut(word, i),
  );
}

/** Where a type word of several words is typed with its own marks ("thành phố", "thị xã"). */
function typedTypeWords(run: PlaceWords): Set<number> {
  const at = new Set<number>();
  for (const type of TYPE_WORDS) {
    const n = type.tokens.length;
    if (n < 2 || type.accented === null) continue;
    for (let j = 0; j + n <= run.raw.length; j++) {
      if (
        run.raw
          .slice(j, j + n)
          .join(' ')
          .toLowerCase() === type.accented
      )
        for (let k = j; k < j + n; k++) at.add(k);
    }
  }
  return at;
}

/**
 * A type word typed first with its own marks is that type word, not the name's first syllable with
 * other marks: "tỉnh Gia La" is no Phường Tĩnh Gia.
 */
export function typeWordReadAsName(run: PlaceWords, unit: Unit, typeTokens: ReadonlySet<string>): boolean {
  const [first] = run.raw;
  const [nameFirst] = rawWords(unit.name);
  if (!first || !nameFirst || !hasVietnameseMarks(first) || !typeTokens.has(run.folded[0] ?? '')) return false;
  const [typedLetters, typedMarks] = markKey(first).split('|');
  const [nameLetters, nameMarks] = markKey(nameFirst).split('|');
  return typedLetters === nameLetters && typedMarks !== nameMarks;
}

/** The run was typed with diacritics that are not the unit's ("động Bắc" is not "Đông Bắc"). */
export function marksDiffer(run: PlaceWords, resolution: PlaceResolution, index: UnitIndex): boolean {
  if (resolution.kind !== 'found') return false;
  const typed = run.raw.join(' ');
  return hasVietnameseMarks(typed) && !markKey(typed).includes(index.nameMarks(resolution.unit));
}

/**
 * Whether words, as typed, fit the marks of some unit of their name: each word typed carries only
 * marks that its word of the name has ("Nghi Lôc" fits Nghi Lộc: a mark left out; "Hả Phòng" does
 * not fit Hà Phong, nor "văn bản" Văn Bàn). Words typed without any mark fit every name.
 */
export function marksFit(typed: readonly string[], named: readonly Unit[]): boolean {
  return !hasVietnameseMarks(typed.join(' ')) || named.some((u) => misfits(typed, u.name) === 0);
}

/** Whether every word typed carries a mark its word of every unit of the name lacks ("là gì" and La Gi). */
export function marksMisfitAll(typed: readonly string[], named: readonly Unit[]): boolean {
  return hasVietnameseMarks(typed.join(' ')) && named.every((u) => misfits(typed, u.name) === typed.length);
}

/** How many typed words carry a mark their word of the name lacks (none when the counts of words differ). */
function misfits(typed: readonly string[], name: string): number {
  const words = rawWords(name);
  if (words.length !== typed.length) return 0;
  return typed.filter((word, i) => {
    const own = marksOf(words[i] ?? '');
    return ![...marksOf(word)].every((mark) => own.includes(mark));
  }).length;
}
