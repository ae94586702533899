/**
 * A word's last letter typed over and over for emphasis ("báo cáooo", "6 thánggg", "deadlineee",
 * "bhyttt"): written once. Only a lower-case letter three times or more at a word's end, which no
 * Vietnamese or English word has (our choice: invite codes are capitals, never touched).
 */
const STRETCHED = /(\p{Ll})\1{2,}(?![\p{L}\p{N}])/gu;

export function withoutStretchedEnds(text: string): string {
  return text.replace(STRETCHED, '$1');
}
