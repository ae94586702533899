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
  return rememberedPerKey((text: string) => text, compute, options);
}

/**
 * `compute` of an argument that a text stands for (a message and the options it is read with),
 * remembered per that text, `keyOf(argument)`, within `options`' bounds.
 */
export function rememberedPerKey<A, T>(keyOf: (argument: A) => string, compute: (argument: A) => T, options: RememberOptions): (argument: A) => T {
  const known = new Map<string, T>();
  const longest = options.longest ?? Number.POSITIVE_INFINITY;
  return (argument) => {
    const key = keyOf(argument);
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(argument);
    // A reader called with something else than a text at run time computes it and remembers nothing.
    if (typeof key === 'string' && key.length <= longest) {
      if (known.size >= options.texts) known.delete(known.keys().next().value as string);
      known.set(key, value);
    }
    return value;
  };
}

/**
 * How many messages a reader of messages remembers, and the longest. Our choice: a few hundred, of
 * up to 300 characters; a question is read by more than one feature in a turn, and officials send
 * the same few questions all day. Longer messages are rare and read every time.
 */
export const RECENT_MESSAGES: RememberOptions = { texts: 256, longest: 300 };

/** A reader of messages (null when the message is not its kind), remembered, its readings frozen. */
export function rememberedReader<T extends object>(read: (text: string) => T | null): (text: string) => T | null {
  return rememberedPerText((text) => {
    const reading = read(text);
    return reading && Object.freeze(reading);
  }, RECENT_MESSAGES);
}
