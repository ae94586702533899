/**
 * Names typed without their spaces but with their capitals: "BắcKạn", "HảiPhòng", "TpVinh". A capital
 * after a lower-case letter starts a new word; words in capitals ("TPHCM", "LĐTBXH") stay whole.
 */
const GLUED = /(\p{Ll})(\p{Lu})/gu;

/** The text with a space before each capital that follows a lower-case letter. */
export function splitGluedCapitals(text: string): string {
  return text.replace(GLUED, '$1 $2');
}
