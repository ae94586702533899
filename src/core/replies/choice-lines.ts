/**
 * Choices written as text, for channels without buttons (Zalo, the console): the user reads them as
 * numbered lines and answers with the number or the word. And the note for a stale button.
 */
import type { Language } from '../types.js';

/** The text followed by its choices as "1. …" lines, unless every such line is already in the text. */
export function withChoices(text: string, choices: readonly string[]): string {
  const lines = choices.map((choice, i) => `${i + 1}. ${choice}`);
  const present = new Set(text.split('\n').map((line) => line.trim()));
  if (lines.every((line) => present.has(line))) return text;
  return `${text.trimEnd()}\n\n${lines.join('\n')}`;
}

/** A button from a list that is no longer open was pressed. */
export function composeStaleButton(lang: Language): string {
  return lang === 'vi'
    ? 'Nút này thuộc một tin nhắn cũ nên không còn dùng được. Hãy dùng tin nhắn mới nhất, hoặc gửi lại câu hỏi.'
    : 'That button belongs to an earlier message and no longer works. Use the latest message, or ask again.';
}
