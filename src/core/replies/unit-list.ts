/**
 * A list of unit names short enough for a phone: the first few, then how many more. Shared by the
 * reminder texts and the "who cannot be reached" list so that every list is cut the same way.
 */
import type { Language } from '../types.js';

/** Units named in a list; the rest are counted (the same cap as the completeness answer). */
export const MAX_LISTED_UNITS = 15;

/**
 * "A, B và 6 đơn vị khác" / "A, B and 6 more". Names that carry their province ("Xã A, Tỉnh B") read
 * better apart with `separator` "; ".
 */
export function unitList(lang: Language, names: readonly string[], max: number = MAX_LISTED_UNITS, separator = ', '): string {
  const shown = names.slice(0, max).join(separator);
  const rest = names.length - max;
  if (rest <= 0) return shown;
  return lang === 'vi' ? `${shown} và ${rest} đơn vị khác` : `${shown} and ${rest} more`;
}
