/**
 * The reply language through the message handler: the person's stored choice, then the
 * text's own evidence, then the platform's hint, then Vietnamese; and the /lang command that stores
 * the choice.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readLanguageRequest } from '../../../src/app/language/language.js';
import type { IncomingMessage } from '../../../src/app/message.js';
import { composeUnregistered } from '../../../src/core/access/registration-replies.js';
import { composeHelp, composeInternalError } from '../../../src/core/answer/index.js';
import { composeNothingToUndo } from '../../../src/core/submission/replies.js';
import type { Language } from '../../../src/core/types.js';
import { createWorld, type World } from '../../support/registration-world.js';
import { makeWorld } from '../../support/submission-world.js';

const VINH_EN = 'No figures of its own for Vinh City, Nghe An Province';
const VINH_VI = 'Chưa có số liệu riêng của Thành phố Vinh, Tỉnh Nghệ An';
const NGHE_AN_EN = 'No figure yet for social insurance coverage of Nghe An Province.';
const NGHE_AN_VI = 'Chưa có số liệu tỷ lệ bao phủ BHXH của Tỉnh Nghệ An.';

let world: World;
let nextUser = 7000;

beforeAll(async () => {
  world = await createWorld();
});

/** A Telegram user registered as an official of Nghệ An; `say` sends with the app language given. */
async function official(): Promise<{ userId: string; say: (text: string, languageHint?: Language) => Promise<string> }> {
  const userId = String(++nextUser);
  const code = await world.invite('Tỉnh Nghệ An cán bộ');
  await world.say(userId, `/start ${code}`);
  return { userId, say: (text, languageHint) => send(userId, text, languageHint) };
}

async function send(userId: string, text: string, languageHint?: Language): Promise<string> {
  const hint = languageHint ? { languageHint } : {};
  const message: IncomingMessage = { channel: 'telegram', chatId: `chat-${userId}`, userId, text, ...hint };
  return (await world.handler.handle(message)).text;
}

const storedLanguage = async (userId: string) => (await world.store.findPerson({ channel: 'telegram', userId }))?.language;

describe('readLanguageRequest', () => {
  it.each([
    ['/lang en', { kind: 'set', language: 'en' }],
    ['/lang vi', { kind: 'set', language: 'vi' }],
    ['/LANG EN', { kind: 'set', language: 'en' }],
    ['/lang@baophu_bot en', { kind: 'set', language: 'en' }],
    ['/ngonngu en', { kind: 'set', language: 'en' }],
    ['/ngonngu tiếng Việt', { kind: 'set', language: 'vi' }],
    ['/lang auto', { kind: 'set', language: null }],
    ['english', { kind: 'set', language: 'en' }],
    ['English', { kind: 'set', language: 'en' }],
    ['tiếng Anh', { kind: 'set', language: 'en' }],
    ['tieng anh', { kind: 'set', language: 'en' }],
    ['Tiếng Việt', { kind: 'set', language: 'vi' }],
    ['tieng viet', { kind: 'set', language: 'vi' }],
    ['/lang', { kind: 'show' }],
    ['/ngonngu', { kind: 'show' }],
    ['/lang fr', { kind: 'show' }],
  ])('reads "%s"', (text, expected) => {
    expect(readLanguageRequest(text)).toEqual(expected);
  });

  it.each(['lang en', 'Lang', 'english please', 'tiếng Việt có dấu', 'coverage for Vinh city', '/language en', '/langen', '/start', ''])(
    'leaves "%s" to the other features',
    (text) => {
      expect(readLanguageRequest(text)).toBeNull();
    },
  );
});

describe('the reply language without a stored choice', () => {
  it('answers "Vinh" in English to a Telegram user whose app is in English', async () => {
    const { say } = await official();
    expect(await say('Vinh', 'en')).toContain(VINH_EN);
  });

  it('answers "Vinh" in Vietnamese when the app is in Vietnamese, or says nothing', async () => {
    const { say } = await official();
    expect(await say('Vinh', 'vi')).toContain(VINH_VI);
    expect(await say('Vinh')).toContain(VINH_VI);
  });

  it('answers the menus’ "/help" in the app’s language (it is in the Vietnamese menu too), typed "help" in English', async () => {
    const { say } = await official();
    expect(await say('/help')).toBe(composeHelp('vi'));
    expect(await say('/help@baophu_bot', 'vi')).toBe(composeHelp('vi'));
    expect(await say('/help', 'en')).toBe(composeHelp('en'));
    expect(await say('help')).toBe(composeHelp('en'));
  });

  it('lets the text’s own words outweigh the app’s language', async () => {
    const { say } = await official();
    expect(await say('tỷ lệ BHXH Nghệ An', 'en')).toContain(NGHE_AN_VI);
    expect(await say('coverage for Vinh city', 'vi')).toContain(VINH_EN);
  });

  it('keeps the language of the question for the number chosen from a list', async () => {
    const { say } = await official();
    expect(await say('coverage for Châu Thành', 'vi')).toMatch(/^Several places have that name\./);
    const chosen = await say('1', 'vi');
    expect(chosen).toMatch(/Province/);
    expect(chosen).not.toMatch(/Tỉnh|Huyện|Chưa có/);
  });

  it('answers an unregistered person’s "/lang en" with the registration hint and stores nothing', async () => {
    expect(await send('7999', '/lang en')).toBe(composeUnregistered('vi'));
    expect(await send('7999', '/lang en', 'en')).toBe(composeUnregistered('en'));
    expect(await world.store.findPerson({ channel: 'telegram', userId: '7999' })).toBeNull();
  });
});

describe('/lang: the stored choice', () => {
  it('stores English, confirms it in English and then answers a Vietnamese question in English', async () => {
    const { userId, say } = await official();
    expect(await say('/lang en')).toBe('I will answer in English from now on.');
    expect(await storedLanguage(userId)).toBe('en');
    expect(await say('tỷ lệ BHXH Nghệ An')).toContain(NGHE_AN_EN);
    expect(await say('tỷ lệ BHXH Nghệ An', 'vi')).toContain(NGHE_AN_EN);
  });

  it('stores Vietnamese from "/ngonngu vi" or "tiếng Việt", above English words and an English app', async () => {
    const first = await official();
    expect(await first.say('/ngonngu vi', 'en')).toBe('Từ nay tôi trả lời bằng tiếng Việt.');
    expect(await first.say('coverage for Vinh city', 'en')).toContain(VINH_VI);
    const second = await official();
    expect(await second.say('tiếng Việt', 'en')).toBe('Từ nay tôi trả lời bằng tiếng Việt.');
    expect(await storedLanguage(second.userId)).toBe('vi');
  });

  it('takes "english" alone as the whole message', async () => {
    const { userId, say } = await official();
    expect(await say('english')).toBe('I will answer in English from now on.');
    expect(await storedLanguage(userId)).toBe('en');
  });

  it('goes back to following the message after "/lang auto"', async () => {
    const { userId, say } = await official();
    await say('/lang en');
    expect(await say('/lang auto')).toBe('Từ nay tôi trả lời theo ngôn ngữ của tin nhắn bạn gửi.');
    expect(await storedLanguage(userId)).toBeNull();
    expect(await say('tỷ lệ BHXH Nghệ An')).toContain(NGHE_AN_VI);
    expect(await say('Vinh', 'en')).toContain(VINH_EN);
  });

  it('confirms "/lang auto" in the language the next messages will get', async () => {
    const { say } = await official();
    await say('/lang vi');
    expect(await say('/lang auto', 'en')).toBe('From now on I answer in the language of each message you send.');
  });

  it('shows the setting and how to change it for "/lang" alone or an unknown argument', async () => {
    const { say } = await official();
    expect(await say('/lang')).toBe('Ngôn ngữ trả lời: theo tin nhắn bạn gửi.\nĐổi: /lang vi (tiếng Việt), /lang en (tiếng Anh), /lang auto (theo tin nhắn).');
    await say('/lang en');
    expect(await say('/lang fr')).toBe('Reply language: English.\nChange it: /lang en (English), /lang vi (Vietnamese), /lang auto (follow each message).');
  });

  it('records each change in the audit trail', async () => {
    const { userId, say } = await official();
    const audit = vi.spyOn(world.store, 'appendAudit');
    let events: unknown[];
    try {
      await say('/lang en');
      await say('/lang auto');
      events = audit.mock.calls.map(([event]) => event);
    } finally {
      audit.mockRestore();
    }
    const person = await world.store.findPerson({ channel: 'telegram', userId });
    expect(events).toMatchObject([
      {
        action: 'set_language',
        actorId: person?.id,
        channel: 'telegram',
        unitId: null,
        rawText: '/lang en',
        details: { language: 'en', previous: null },
      },
      { action: 'set_language', actorId: person?.id, unitId: null, rawText: '/lang auto', details: { language: null, previous: 'en' } },
    ]);
  });

  it('tells the console’s local administrator, who has no person, that nothing is stored', async () => {
    expect(await world.asAdmin('/lang en')).toBe('Tôi chỉ ghi nhớ ngôn ngữ cho người đã đăng ký; với bạn, tôi trả lời theo ngôn ngữ của tin nhắn.');
  });

  it('answers an English command in English unless the person chose Vietnamese', async () => {
    const { say } = await official();
    expect(await say('undo')).toBe(composeNothingToUndo('en'));
    await say('/lang vi');
    expect(await say('undo')).toBe(composeNothingToUndo('vi'));
    await say('/lang en');
    expect(await say('hoan tac')).toBe(composeNothingToUndo('en'));
  });
});

describe('the reply language before the speaker is known', () => {
  it('apologises for an internal error in the app’s language when the text says nothing', async () => {
    const broken = await makeWorld((store) => ({ ...store, openTurn: () => Promise.reject(new Error('boom')) }));
    const handle = (text: string, languageHint?: Language) =>
      broken.handler.handle({ channel: 'telegram', chatId: 'c', userId: 'u', text, ...(languageHint ? { languageHint } : {}) });
    expect((await handle('Vinh', 'en')).text).toBe(composeInternalError('en'));
    expect((await handle('tỷ lệ BHXH Vinh', 'en')).text).toBe(composeInternalError('vi'));
    expect((await handle('Vinh')).text).toBe(composeInternalError('vi'));
  });
});
