import { beforeAll, describe, expect, it } from 'vitest';
import { composeRegistrationHint } from '../../../src/core/access/registration-replies.js';
import { createWorld, DAY_MS, type World } from '../../support/registration-world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('registration with an invite code', () => {
  it('registers a focal point of Phường Thành Vinh with /start <code>, naming the unit and the role', async () => {
    const code = await world.invite('Phường Thành Vinh đầu mối');
    const reply = await world.say('1001', `/start ${code}`);
    expect(reply).toContain('Đăng ký thành công: bạn là đầu mối của Phường Thành Vinh, Tỉnh Nghệ An.');
    const person = await world.store.findPerson({ channel: 'telegram', userId: '1001' });
    const unit = world.directory.current().get(person?.assignments[0]?.unitId ?? -1);
    expect(person?.assignments).toMatchObject([{ role: 'focal_point' }]);
    expect(unit).toMatchObject({ name: 'Thành Vinh', structure: 'post2025', level: 'commune' });
  });

  it.each([
    ['dangky', 'dangky CODE'],
    ['/dangky', '/dangky CODE'],
    ['đăng ký, with a lower-case code', 'Đăng ký code'],
    ['a Telegram deep link in a group', '/start@baophu_bot CODE'],
  ])('accepts %s', async (_name, template) => {
    const code = await world.invite('Phường Trường Vinh dau moi');
    const userId = `reg-${template}`;
    const text = template.replace('CODE', code).replace('code', code.toLowerCase());
    expect(await world.say(userId, text)).toContain('bạn là đầu mối của Phường Trường Vinh');
  });

  it('answers in English when the welcome is asked in English words', async () => {
    const code = await world.invite('Gia Lai official');
    expect(await world.say('1002', `/start ${code} please`)).toContain('You are registered as official of Gia Lai Province.');
  });

  it('binds a second role when a registered person uses another code', async () => {
    const first = await world.invite('Phường Vinh Phú focal_point');
    const second = await world.invite('Phường Vinh Lộc focal_point');
    await world.say('1003', `/start ${first}`);
    expect(await world.say('1003', `dangky ${second}`)).toContain('Phường Vinh Lộc');
    const person = await world.store.findPerson({ channel: 'telegram', userId: '1003' });
    expect(person?.assignments).toHaveLength(2);
  });

  it('answers the registration keyword without a code with the hint', async () => {
    expect(await world.say('1004', 'dangky')).toBe(composeRegistrationHint('vi'));
  });
});

describe('registration: refused codes', () => {
  it('refuses a code used twice, even by its first user', async () => {
    const code = await world.invite('Phường Cửa Lò đầu mối');
    await world.say('2001', `/start ${code}`);
    expect(await world.say('2002', `/start ${code}`)).toMatch(/^Mã mời ".+" đã được dùng/);
    expect(await world.say('2001', `/start ${code}`)).toMatch(/đã được dùng/);
    expect(await world.store.findPerson({ channel: 'telegram', userId: '2002' })).toBeNull();
  });

  it('refuses a code after its seven days', async () => {
    const code = await world.invite('Phường Vinh Hưng đầu mối');
    world.clock.advance(8 * DAY_MS);
    try {
      expect(await world.say('2003', `dangky ${code}`)).toMatch(/đã hết hạn/);
    } finally {
      world.clock.advance(-8 * DAY_MS);
    }
  });

  it('refuses a code the administrator revoked', async () => {
    const code = await world.invite('Phường Vinh Hưng đầu mối');
    expect(await world.asAdmin(`/revoke ${code}`)).toMatch(new RegExp(`^Đã thu hồi mã mời #\\d+ \\(…${code.slice(-2)}\\)\\.$`));
    expect(await world.say('2004', `dangky ${code}`)).toMatch(/đã bị thu hồi/);
  });

  it('refuses a code nobody issued, and one with characters no code has', async () => {
    expect(await world.say('2005', '/start ZZZZZZZZ')).toMatch(/^Mã mời "ZZZZZZZZ" không đúng/);
    expect(await world.say('2005', "dangky ';DROP")).toMatch(/không đúng/);
    expect(await world.store.findPerson({ channel: 'telegram', userId: '2005' })).toBeNull();
  });
});

describe('registration: the audit trail', () => {
  it('records who registered, when, on which channel and with what text', async () => {
    const code = await world.invite('post2025:16681 focal_point');
    await world.say('3001', `/start ${code}`);
    const person = await world.store.findPerson({ channel: 'telegram', userId: '3001' });
    const unitId = person?.assignments[0]?.unitId ?? -1;
    const [latest] = await world.store.listAudit(unitId, 1);
    expect(latest).toMatchObject({
      action: 'register',
      actorId: person?.id,
      channel: 'telegram',
      unitId,
      rawText: '/start ‹code›',
      details: expect.objectContaining({ codeHint: code.slice(-2), inviteId: expect.any(Number), role: 'focal_point' }),
    });
    expect(Date.parse(latest?.at ?? '')).not.toBeNaN();
  });
});
