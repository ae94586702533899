/**
 * Reads a count written the Vietnamese way: "." or a space groups thousands ("41.200", "41 200",
 * "1.234.567"), "," is the decimal mark. A decimal part ("41,5", and "41,200" too) or a group that is
 * not three digits ("41.20") is reported, never guessed at.
 */
import type { Token } from './tokens.js';
import { KEY_ALIASES } from './vocabulary.js';

/** A number as read: its plain digits when it could be read, else why not. */
export interface NumberReading {
  /** The number as typed, trimmed of nothing: "41.200", "-5", "41,5". */
  readonly raw: string;
  /** Plain digits without leading zeros ("41200"), or null when the number could not be read. */
  readonly digits: string | null;
  readonly negative: boolean;
  readonly problem: 'decimal_count' | 'bad_number' | null;
  /** Whether it is written as four bare digits that could be a year (1990–2100). */
  readonly yearLike: boolean;
  readonly start: number;
  readonly end: number;
}

const SIGNS = new Set(['-', '−', '–']);

/** Whether a number starts at token `i`: digits, or a minus sign glued to digits (not a range "10-20"). */
export function numberStartsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind === 'digits') return true;
  return t?.kind === 'mark' && SIGNS.has(t.text) && tokens[i + 1]?.kind === 'digits' && tokens[i - 1]?.kind !== 'digits';
}

/** Whether the word run starting at token `i` opens a key alias ("41200tn" is a number, then a key). */
function keyFollows(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]?.folded;
  return KEY_ALIASES.some((a) => a.words[0] === first && a.words.length === 1);
}

/**
 * Reads the number starting at token `i` (see numberStartsAt).
 * @returns the reading and the index of the first token after it.
 */
export function readNumber(tokens: readonly Token[], i: number): { reading: NumberReading; next: number } {
  let j = i;
  const negative = tokens[j]?.kind === 'mark';
  if (negative) j++;
  const groups: string[] = [tokens[j]?.text ?? ''];
  const separators: string[] = [];
  j++;
  for (;;) {
    const sep = tokens[j];
    const group = tokens[j + 1];
    if (sep === undefined || group?.kind !== 'digits') break;
    const dot = sep.kind === 'mark' && sep.text === '.';
    // A space continues a number only in the "41 200" style: a short lead group, then groups of three.
    const space = sep.kind === 'space' && group.text.length === 3 && separators.every((s) => s === ' ') && (groups[0]?.length ?? 0) <= 3;
    if (!dot && !space) break;
    separators.push(dot ? '.' : ' ');
    groups.push(group.text);
    j += 2;
  }
  let problem: NumberReading['problem'] = null;
  if (tokens[j]?.kind === 'mark' && tokens[j]?.text === ',' && tokens[j + 1]?.kind === 'digits') {
    problem = 'decimal_count';
    while (tokens[j]?.kind === 'mark' && (tokens[j]?.text === ',' || tokens[j]?.text === '.') && tokens[j + 1]?.kind === 'digits') j += 2;
  }
  const glued = tokens[j];
  if ((glued?.kind === 'word' && !keyFollows(tokens, j)) || (glued?.kind === 'mark' && glued.text === '%')) {
    problem = 'bad_number';
    j++;
  }
  if (problem === null && !wellGrouped(groups, separators)) problem = 'bad_number';
  const start = tokens[i]?.start ?? 0;
  const end = tokens[j - 1]?.end ?? start;
  const raw = tokens
    .slice(i, j)
    .map((t) => t.text)
    .join('');
  const joined = groups.join('');
  const digits = problem === null ? joined.replace(/^0+(?=\d)/, '') : null;
  const yearLike = !negative && separators.length === 0 && problem === null && /^(?:199\d|20\d\d|2100)$/.test(joined);
  return { reading: { raw, digits, negative, problem, yearLike, start, end }, next: j };
}

function wellGrouped(groups: readonly string[], separators: readonly string[]): boolean {
  if (separators.length === 0) return true;
  if (!separators.every((s) => s === separators[0])) return false;
  const [lead = '', ...rest] = groups;
  return lead.length >= 1 && lead.length <= 3 && rest.every((g) => g.length === 3);
}
