import { describe, expect, it } from 'vitest';
import { addressedText, chatKindOf } from '../../../src/adapters/telegram/addressing.js';

describe('addressedText', () => {
  it('drops our name from a command, keeping its arguments', () => {
    expect(addressedText('/nop@baophu_bot bb 1', 'baophu_bot')).toBe('/nop bb 1');
    expect(addressedText('/trangthai@BaoPhu_Bot', 'baophu_bot')).toBe('/trangthai');
    expect(addressedText('/nop@baophu_bot, bb 1', 'baophu_bot')).toBe('/nop, bb 1');
    expect(addressedText('/help@baophu_bot?', 'baophu_bot')).toBe('/help?');
  });

  it('returns null for a command that names another bot', () => {
    expect(addressedText('/nop@other_bot bb 1', 'baophu_bot')).toBeNull();
    expect(addressedText('/nop@baophu_bot2: bb 1', 'baophu_bot')).toBeNull();
  });

  it('leaves other texts alone', () => {
    expect(addressedText('/nop bb 1', 'baophu_bot')).toBe('/nop bb 1');
    expect(addressedText('email a@baophu_bot', 'baophu_bot')).toBe('email a@baophu_bot');
  });
});

describe('chatKindOf', () => {
  it('treats groups and supergroups alike and refuses channels', () => {
    expect(chatKindOf({ type: 'private' })).toBe('private');
    expect(chatKindOf({ type: 'group' })).toBe('group');
    expect(chatKindOf({ type: 'supergroup' })).toBe('group');
    expect(chatKindOf({ type: 'channel' })).toBeNull();
  });
});
