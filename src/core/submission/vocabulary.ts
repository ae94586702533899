/**
 * The words a submission is made of, folded (lower case, no diacritics, đ → d): keywords, the count
 * keys with their aliases, and the unit type words that may carry a number ("phường 3", "Q.10").
 */
import { COUNT_KEYS, type CountKey } from '../types.js';

/** Keywords that open a submission; `correction` marks a new version of figures already sent. */
export interface Keyword {
  readonly word: string;
  /** Whether it must be written as a command ("/submit") rather than a plain word. */
  readonly slashOnly: boolean;
  readonly correction: boolean;
}

/** Every keyword; matched on the folded word, so "nộp" and "NOP" are "nop". */
export const KEYWORDS: readonly Keyword[] = [
  { word: 'nop', slashOnly: false, correction: false },
  { word: 'submit', slashOnly: true, correction: false },
  { word: 'sua', slashOnly: false, correction: true },
  { word: 'fix', slashOnly: true, correction: true },
];

/** A spelling of a key as folded words: `['lao', 'dong']` for "lao động". */
export interface KeyAlias {
  readonly key: CountKey;
  readonly words: readonly string[];
}

const ALIASES: Readonly<Record<CountKey, readonly string[]>> = {
  ld: ['ld', 'lao dong'],
  ds: ['ds', 'dan so'],
  bb: ['bb', 'bat buoc', 'bhxh bb', 'bhxh bat buoc'],
  tn: ['tn', 'tu nguyen', 'bhxh tn', 'bhxh tu nguyen'],
  bhtn: ['bhtn'],
  bhyt: ['bhyt'],
  huu: ['huu'],
  sth: ['sth'],
};

/** Every alias, longest first so that "bhxh bb" wins over a lone "bhxh". */
export const KEY_ALIASES: readonly KeyAlias[] = COUNT_KEYS.flatMap((key) => ALIASES[key].map((alias) => ({ key, words: alias.split(' ') }))).sort(
  (a, b) => b.words.length - a.words.length,
);

/** One-word aliases, for "did you mean" hints. */
export const SINGLE_WORD_KEYS: ReadonlyMap<string, CountKey> = new Map(
  KEY_ALIASES.filter((a) => a.words.length === 1).map((a) => [a.words[0] as string, a.key]),
);

/** Unit type words that a small number may follow as the unit's name: "phường 3", "quận 10", "P.12". */
export const NUMBERED_PLACE_WORDS: ReadonlySet<string> = new Set(['phuong', 'p', 'quan', 'q', 'xa', 'huyen', 'tt', 'ward', 'district']);

/** Folded words that begin a period, used to recognise a period written wrongly ("T13/2025", "6T/25"). */
export const PERIOD_START_WORDS: ReadonlySet<string> = new Set(['t', 'th', 'thang', 'q', 'quy']);
