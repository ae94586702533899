/**
 * Choices as an inline keyboard, and a pressed button back as the text the user could have typed.
 * A choice that is itself an answer word ("xac nhan", "huy") travels as that word; any other choice
 * (a place's name) travels as its number ("1", "2" …), which the handler reads as an answer to the list.
 * Either way the callback data stays far below Telegram's 64-byte limit.
 */
import { InlineKeyboard } from 'grammy';

/** Telegram's limit for a button's callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** A typed answer word: lower-case ASCII letters and single spaces. */
const ANSWER_WORD = /^[a-z]+(?: [a-z]+)*$/;
const CHOICE_NUMBER = /^[1-9][0-9]?$/;

/** The callback data of the choice at `index` (0-based). */
export function choiceData(choice: string, index: number): string {
  return ANSWER_WORD.test(choice) && choice.length <= CALLBACK_DATA_LIMIT ? choice : String(index + 1);
}

/** One button per row; undefined when there is nothing to choose. */
export function choiceKeyboard(choices: readonly string[] | undefined): InlineKeyboard | undefined {
  if (!choices || choices.length === 0) return undefined;
  return InlineKeyboard.from(choices.map((choice, index) => {
    const data = choiceData(choice, index);
    const label = data === choice ? choice : `${index + 1}. ${choice}`;
    return [InlineKeyboard.text(label, data)];
  }));
}

/** The text a button's callback data stands for, or null when the data is not ours (old or forged). */
export function callbackText(data: string | undefined): string | null {
  if (data === undefined) return null;
  return CHOICE_NUMBER.test(data) || (ANSWER_WORD.test(data) && data.length <= CALLBACK_DATA_LIMIT) ? data : null;
}
