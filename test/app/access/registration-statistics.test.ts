/**
 * The provincial statistics office as a role in chat: an administrator invites it for a province by
 * any of its names, it registers and is told what it sends, and a code for a commune is refused in
 * the administrator's language with nothing created.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../support/registration-world.js';

let world: World;
let englishAdmin: string;
beforeAll(async () => {
  world = await createWorld();
  // A provincial administrator of Nghệ An who reads English.
  englishAdmin = 'admin-en';
  await world.say(englishAdmin, `dangky ${await world.invite('Tỉnh Nghệ An quản trị')}`);
  await world.say(englishAdmin, '/lang en');
});

const codeIn = (reply: string) => /: ([A-Z2-9]{8})$/m.exec(reply)?.[1] ?? '';

describe('the statistics role: invite and registration', () => {
  it.each(['thong ke', 'cán bộ thống kê', 'Cục Thống kê', 'statistics'])('invites the statistics office of a province as "%s"', async (word) => {
    const reply = await world.asAdmin(`/invite Tỉnh Nghệ An ${word}`);
    expect(reply).toMatch(/^Mã mời cán bộ thống kê của Tỉnh Nghệ An: [A-Z2-9]{8}$/m);
  });

  it('registers the statistics office and tells it which figures it sends', async () => {
    const code = codeIn(await world.asAdmin('/invite Cục Thống kê Tỉnh Nghệ An'));
    const welcome = await world.say('6001', `dangky ${code}`);
    expect(welcome).toContain('Đăng ký thành công: bạn là cán bộ thống kê của Tỉnh Nghệ An.');
    expect(welcome).toContain('nop <kỳ> ld <số> ds <số> sth <số>');
    const person = await world.store.findPerson({ channel: 'telegram', userId: '6001' });
    expect(person?.assignments.map((a) => a.role)).toEqual(['statistics']);
  });

  it('lists the role by its name among the invites and the assignments', async () => {
    const code = codeIn(await world.asAdmin('/invite Gia Lai thong ke'));
    expect(await world.asAdmin('/invites')).toMatch(new RegExp(`^- #\\d+ …${code.slice(-2)}: cán bộ thống kê, Tỉnh Gia Lai`, 'm'));
    await world.say('6002', `/start ${code}`);
    expect(await world.asAdmin('/assignments Gia Lai')).toMatch(/telegram:6002\): cán bộ thống kê, Tỉnh Gia Lai$/m);
  });
});

describe('the statistics role: refused below a province', () => {
  it('refuses it for a commune in Vietnamese, naming the province, and creates no code', async () => {
    const before = await world.store.listInvites({ all: true, now: world.clock.now() });
    const reply = await world.asAdmin('/invite Phường Thành Vinh thống kê');
    expect(reply).toBe(
      [
        'Chưa tạo mã mời: vai trò cán bộ thống kê chỉ cấp cho cấp tỉnh (Cục Thống kê tỉnh), không cấp cho Phường Thành Vinh, Tỉnh Nghệ An.',
        'Hãy cấp cho Tỉnh Nghệ An: /invite <tỉnh> thong ke',
      ].join('\n'),
    );
    expect(await world.store.listInvites({ all: true, now: world.clock.now() })).toEqual(before);
  });

  it('refuses it in English to an administrator who reads English', async () => {
    const reply = await world.say(englishAdmin, '/invite Phường Vinh Phú statistics');
    expect(reply).toMatch(
      /^No invite created: the statistics office role is granted for a province only \(the provincial statistics office\), not for .*Vinh Phu/,
    );
    expect(reply).toMatch(/Grant it for .*Nghe An.*: \/invite <province> statistics$/);
  });

  it('still invites a focal point for a commune', async () => {
    expect(await world.asAdmin('/invite Phường Thành Vinh đầu mối')).toMatch(/^Mã mời đầu mối của Phường Thành Vinh/);
  });
});
