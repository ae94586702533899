/**
 * Choices as an inline keyboard, and a pressed button back as the text the user could have typed.
 * A choice that is itself an answer word ("xac nhan", "huy", "hoan tac") travels as that word; any
 * other choice (a place's name) travels as its number ("1", "2" …), which the handler reads as an
 * answer to the list. Both go after the list's id ("<list>:<answer>"), so that a button of an earlier
 * list is recognised as such. The callback data stays within Telegram's 64-byte limit.
 */
import { InlineKeyboard } from 'grammy';

/** Telegram's limit for a button's callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** A typed answer word: lower-case ASCII letters and single spaces. */
const ANSWER_WORD = /^[a-z]+(?: [a-z]+)*$/;
const CHOICE_NUMBER = /^[1-9][0-9]?$/;
/** A list id as choice-list.ts makes it (base 36), then the answer. */
const DATA = /^([0-9a-z]{1,16}):(.+)$/;

/** A press read back: the answer to hand on as text, and the list it belongs to. */
export interface PressedChoice {
  readonly text: string;
  /** Empty for a button made before buttons carried their list (it answers no list now open). */
  readonly list: string;
}

/**
 * The callback data of the choice at `index` (0-based) of list `list`. Without a list (a message the
 * bot starts) the data is the bare answer, which reads back as belonging to no open list.
 */
export function choiceData(choice: string, index: number, list: string): string {
  const prefix = list === '' ? '' : `${list}:`;
  return prefix + (ANSWER_WORD.test(choice) && prefix.length + choice.length <= CALLBACK_DATA_LIMIT ? choice : String(index + 1));
}

/** One button per row; undefined when there is nothing to choose. */
export function choiceKeyboard(choices: readonly string[] | undefined, list: string): InlineKeyboard | undefined {
  if (!choices || choices.length === 0) return undefined;
  return InlineKeyboard.from(
    choices.map((choice, index) => {
      const data = choiceData(choice, index, list);
      // Numbered so that a typed "2" is easy to find; a button alone ("📊 Xem biểu đồ") needs no number.
      const label = data.endsWith(choice) || choices.length === 1 ? choice : `${index + 1}. ${choice}`;
      return [InlineKeyboard.text(label, data)];
    }),
  );
}

/** What a button's callback data stands for, or null when the data is not ours (forged). */
export function pressedChoice(data: string | undefined): PressedChoice | null {
  if (data === undefined) return null;
  const tagged = DATA.exec(data);
  const list = tagged?.[1] ?? '';
  const text = tagged?.[2] ?? data;
  return isAnswer(text) ? { text, list } : null;
}

function isAnswer(text: string): boolean {
  return CHOICE_NUMBER.test(text) || (ANSWER_WORD.test(text) && text.length <= CALLBACK_DATA_LIMIT);
}
