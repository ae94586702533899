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

/** The folded text with its texting letters spelled out, each way they may be; none when it has none. */
export function textingSpellings(folded: string): string[] {
  let spellings = [folded];
  for (const [letter, full] of TEXTING) {
    if (folded.includes(letter)) spellings = spellings.flatMap((s) => full.map((f) => s.replaceAll(letter, f)));
  }
  return spellings.length === 1 && spellings[0] === folded ? [] : spellings;
}
