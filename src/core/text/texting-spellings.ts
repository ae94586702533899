/**
 * Vietnamese as people text it: "f" for "ph" ("hai fong", "fuong"), "j" for "gi", "z" for "d" or "gi",
 * "w" for "qu" ("wang nam"). Vietnamese spelling has no f, j, z or w of its own; only some minority
 * names do (Cư Jút, Za Hung, Ea Wer), and a name written as it is matches before any of these.
 */
const TEXTING: readonly (readonly [string, readonly string[]])[] = [
  ['f', ['ph']],
  ['j', ['gi']],
  ['z', ['d', 'gi']],
  ['w', ['qu']],
];

/**
 * The folded text with its texting letters spelled out, each way they may be, and read as typed with
 * the Vietnamese keyboard off (telexOff); none when it has none of either.
 */
export function textingSpellings(folded: string): string[] {
  let spellings = [folded];
  for (const [letter, full] of TEXTING) {
    if (folded.includes(letter)) spellings = spellings.flatMap((s) => full.map((f) => s.replaceAll(letter, f)));
  }
  const typed = telexOff(folded);
  if (typed !== folded && !spellings.includes(typed)) spellings.push(typed);
  return spellings.length === 1 && spellings[0] === folded ? [] : spellings;
}

const VOWEL = /[aeiouy]/;

/**
 * A word typed for a Vietnamese keyboard that was off, its marking keys left in: Telex ("Bawcs Kajn",
 * "Ddaf Nawngx": tones s f r x j, "aw" "ow" "uw", "aa" "ee" "oo", "dd") or VNI ("Ha3i Pho2ng":
 * digits). Folded names carry no marks, so the keys are dropped. A Vietnamese syllable ends in a
 * vowel or in c, ch, m, n, ng, nh, p, t, and has no digit: s, f, r, x, j after its first vowel, a w
 * after a vowel and any digit after the first vowel are such keys.
 */
export function telexOff(folded: string): string {
  return folded
    .split(' ')
    .map((word) => {
      const first = word.search(VOWEL);
      if (first < 0 || !/^[a-z0-9]+$/.test(word) || /^\d+$/.test(word)) return word;
      const head = word.slice(0, first).replace(/^dd/, 'd').replace(/^d9/, 'd');
      const tail = word
        .slice(first)
        .replace(/(?<=[aeiouy])w/g, '')
        .replace(/[0-9]/g, '')
        .replace(/[sfrxj]/g, '')
        .replace(/aa|ee|oo/g, (pair) => pair.charAt(0));
      return head + tail;
    })
    .join(' ');
}
