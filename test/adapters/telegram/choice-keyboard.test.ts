import { describe, expect, it } from 'vitest';
import { callbackText, choiceKeyboard } from '../../../src/adapters/telegram/choice-keyboard.js';

describe('choiceKeyboard', () => {
  it('puts one numbered button per row, with the number as callback data', () => {
    const keyboard = choiceKeyboard(['Phường Vinh Tân, Nghệ An', 'Xã Vĩnh Tân, Bình Thuận']);
    expect(keyboard?.inline_keyboard).toEqual([
      [{ text: '1. Phường Vinh Tân, Nghệ An', callback_data: '1' }],
      [{ text: '2. Xã Vĩnh Tân, Bình Thuận', callback_data: '2' }],
    ]);
  });

  it('sends answer words back as the words', () => {
    expect(choiceKeyboard(['xac nhan', 'huy'])?.inline_keyboard).toEqual([
      [{ text: 'xac nhan', callback_data: 'xac nhan' }],
      [{ text: 'huy', callback_data: 'huy' }],
    ]);
  });

  it('keeps every callback data within 64 bytes, whatever the label', () => {
    const keyboard = choiceKeyboard(['Thành phố Hồ Chí Minh '.repeat(10), 'a'.repeat(100)]);
    const data = keyboard?.inline_keyboard.flat().map((b) => ('callback_data' in b ? b.callback_data : ''));
    expect(data).toEqual(['1', '2']);
  });

  it('gives no keyboard without choices', () => {
    expect(choiceKeyboard(undefined)).toBeUndefined();
    expect(choiceKeyboard([])).toBeUndefined();
  });
});

describe('callbackText', () => {
  it('reads a number or an answer word as typed text', () => {
    expect(callbackText('2')).toBe('2');
    expect(callbackText('xac nhan')).toBe('xac nhan');
  });

  it('refuses data the bot never sends', () => {
    expect(callbackText(undefined)).toBeNull();
    expect(callbackText('0')).toBeNull();
    expect(callbackText('/invite 12 admin')).toBeNull();
    expect(callbackText('{"a":1}')).toBeNull();
  });
});
