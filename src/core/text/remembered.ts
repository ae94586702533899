/**
 * A pure function of a text, remembered for the texts read lately: several features read the same
 * message (and the names it is matched against) while one answer is found. The results must never be
 * undefined, and must not be changed by their readers (freeze objects before they are returned).
 */

/** Options of a remembered function. */
export interface RememberOptions {
  /** How many texts are remembered; the oldest is forgotten first. */
  readonly texts: number;
  /** Longer texts than this are computed every time and not remembered (default: any length). */
  readonly longest?: number;
}

/** `compute`, remembered per text within `options`' bounds. */
export function rememberedPerText<T>(compute: (text: string) => T, options: RememberOptions): (text: string) => T {
  const known = new Map<string, T>();
  const longest = options.longest ?? Number.POSITIVE_INFINITY;
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (text.length <= longest) {
      if (known.size >= options.texts) known.delete(known.keys().next().value as string);
      known.set(text, value);
    }
    return value;
  };
}
