import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH_COMMANDS, registerCommands, VIETNAMESE_COMMANDS } from '../../../src/adapters/telegram/commands.js';
import { type Harness, startHarness } from './bot-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.api.close();
});

describe('registerCommands', () => {
  it('sets the Vietnamese menu as the default and the English one for English users', async () => {
    harness = await startHarness();
    await registerCommands(harness.bot);
    const calls = harness.api.succeeded('setMyCommands');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.params.language_code).toBeUndefined();
    expect(calls[0]?.params.commands).toEqual(VIETNAMESE_COMMANDS);
    expect(calls[1]?.params).toMatchObject({ language_code: 'en', commands: ENGLISH_COMMANDS });
  });

  it('lists start, nop, trangthai and help in Vietnamese, and their English counterparts', () => {
    expect(VIETNAMESE_COMMANDS.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'nop', 'trangthai', 'help']));
    expect(ENGLISH_COMMANDS.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'submit', 'status', 'help']));
    expect(ENGLISH_COMMANDS).toHaveLength(VIETNAMESE_COMMANDS.length);
  });

  it('offers /lang, the reply-language setting, in both menus', () => {
    expect(VIETNAMESE_COMMANDS.find((c) => c.command === 'lang')?.description).toMatch(/ngôn ngữ/);
    expect(ENGLISH_COMMANDS.find((c) => c.command === 'lang')?.description).toMatch(/language/);
  });
});
