import { describe, expect, it } from 'vitest';
import { composeLanguageChosen, composeLanguageFollowsMessage, composeLanguageSetting } from '../../../src/core/language/replies.js';

describe('language replies', () => {
  it('confirms a choice in the language chosen', () => {
    expect(composeLanguageChosen('vi')).toBe('Từ nay tôi trả lời bằng tiếng Việt.');
    expect(composeLanguageChosen('en')).toBe('I will answer in English from now on.');
  });

  it('says that replies follow the message again', () => {
    expect(composeLanguageFollowsMessage('vi')).toMatch(/theo ngôn ngữ của tin nhắn/);
    expect(composeLanguageFollowsMessage('en')).toMatch(/language of each message/);
  });

  it('shows the setting, named in the reply language, with the three commands', () => {
    expect(composeLanguageSetting('vi', 'en')).toMatch(/^Ngôn ngữ trả lời: tiếng Anh\.\n.*\/lang vi.*\/lang en.*\/lang auto/);
    expect(composeLanguageSetting('en', 'vi')).toMatch(/^Reply language: Vietnamese\.\n.*\/lang en.*\/lang vi.*\/lang auto/);
    expect(composeLanguageSetting('en', null)).toMatch(/^Reply language: the language of each message you send\./);
  });
});
