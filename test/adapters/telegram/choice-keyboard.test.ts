import { describe, expect, it } from 'vitest';
import { choiceKeyboard, pressedChoice } from '../../../src/adapters/telegram/choice-keyboard.js';

const LIST = 'mgh2k4x0';

describe('choiceKeyboard', () => {
  it('puts one numbered button per row, with the list and the number as callback data', () => {
    const keyboard = choiceKeyboard(['Phường Vinh Tân, Nghệ An', 'Xã Vĩnh Tân, Bình Thuận'], LIST);
    expect(keyboard?.inline_keyboard).toEqual([
      [{ text: '1. Phường Vinh Tân, Nghệ An', callback_data: `${LIST}:1` }],
      [{ text: '2. Xã Vĩnh Tân, Bình Thuận', callback_data: `${LIST}:2` }],
    ]);
  });

  it('leaves a button alone unnumbered, its data still the number', () => {
    expect(choiceKeyboard(['📊 Xem biểu đồ'], LIST)?.inline_keyboard).toEqual([[{ text: '📊 Xem biểu đồ', callback_data: `${LIST}:1` }]]);
  });

  it('sends answer words back as the words, after the list', () => {
    expect(choiceKeyboard(['xac nhan', 'huy'], LIST)?.inline_keyboard).toEqual([
      [{ text: 'xac nhan', callback_data: `${LIST}:xac nhan` }],
      [{ text: 'huy', callback_data: `${LIST}:huy` }],
    ]);
  });

  it('keeps every callback data within 64 bytes, whatever the label', () => {
    const keyboard = choiceKeyboard(['Thành phố Hồ Chí Minh '.repeat(10), 'a'.repeat(100), 'b'.repeat(55)], LIST);
    const data = keyboard?.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''));
    expect(data).toEqual([`${LIST}:1`, `${LIST}:2`, `${LIST}:${'b'.repeat(55)}`]);
    expect(data?.every((d) => Buffer.byteLength(d) <= 64)).toBe(true);
  });

  it('gives no keyboard without choices', () => {
    expect(choiceKeyboard(undefined, LIST)).toBeUndefined();
    expect(choiceKeyboard([], LIST)).toBeUndefined();
  });
});

describe('pressedChoice', () => {
  it('reads the list and the number or answer word it carries', () => {
    expect(pressedChoice(`${LIST}:2`)).toEqual({ text: '2', list: LIST });
    expect(pressedChoice(`${LIST}:xac nhan`)).toEqual({ text: 'xac nhan', list: LIST });
  });

  it('reads a button made before buttons carried their list as belonging to no open list', () => {
    expect(pressedChoice('2')).toEqual({ text: '2', list: '' });
    expect(pressedChoice('huy')).toEqual({ text: 'huy', list: '' });
  });

  it('refuses data the bot never sends', () => {
    expect(pressedChoice(undefined)).toBeNull();
    expect(pressedChoice('0')).toBeNull();
    expect(pressedChoice(`${LIST}:0`)).toBeNull();
    expect(pressedChoice('/invite 12 admin')).toBeNull();
    expect(pressedChoice(`${LIST}:/invite 12 admin`)).toBeNull();
    expect(pressedChoice('{"a":1}')).toBeNull();
  });
});
