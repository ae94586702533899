/**
 * Choices written as text, for channels without buttons (Zalo, the console): the user reads them as
 * numbered lines and answers with the number or the word.
 */

/** The text followed by its choices as "1. …" lines, unless every such line is already in the text. */
export function withChoices(text: string, choices: readonly string[]): string {
  const lines = choices.map((choice, i) => `${i + 1}. ${choice}`);
  const present = new Set(text.split('\n').map((line) => line.trim()));
  if (lines.every((line) => present.has(line))) return text;
  return `${text.trimEnd()}\n\n${lines.join('\n')}`;
}
