import { beforeAll, describe, expect, it } from 'vitest';
import { hashInviteCode } from '../../../src/app/access/invite-code.js';
import { createWorld, type World } from '../../support/registration-world.js';

let world: World;
let provinceAdmin: string;
beforeAll(async () => {
  world = await createWorld();
  // A provincial administrator of Nghệ An, registered on Zalo.
  provinceAdmin = 'zalo-admin';
  await world.say(provinceAdmin, `dangky ${await world.invite('Tỉnh Nghệ An quản trị')}`, 'zalo');
});

const asProvinceAdmin = (text: string) => world.say(provinceAdmin, text, 'zalo');

describe('chat administration: who may use it', () => {
  it('refuses /invite to a registered focal point', async () => {
    await world.say('4001', `/start ${await world.invite('Phường Thành Vinh focal_point')}`);
    expect(await world.say('4001', '/invite Phường Thành Vinh đầu mối')).toMatch(/không có quyền/);
    expect(await world.say('4001', '/invites')).toMatch(/không có quyền/);
    expect(await world.say('4001', '/revoke_assignment 1')).toMatch(/không có quyền/);
  });

  it('lets an administrator invite for units of their province only', async () => {
    expect(await asProvinceAdmin('/invite Phường Vinh Phú dau moi')).toMatch(/^Mã mời đầu mối của Phường Vinh Phú, Tỉnh Nghệ An: [A-Z2-9]{8}$/m);
    expect(await asProvinceAdmin('/invite Gia Lai can bo')).toBe('Bạn không có quyền quản trị Tỉnh Gia Lai.');
  });

  it('says how long a code lasts and what the invited person sends', async () => {
    const reply = await world.asAdmin('/invite Phường Thành Vinh đầu mối');
    const code = /: ([A-Z2-9]{8})$/m.exec(reply)?.[1] ?? '';
    expect(reply).toContain('hiệu lực đến 2026-12-02 09:00 (giờ Việt Nam)');
    expect(reply).toContain(`dangky ${code} (trên Telegram: /start ${code})`);
    expect(reply).toMatch(new RegExp(`^Mã chỉ hiện lần này; /invites ghi nó là #\\d+ \\(…${code.slice(-2)}\\)\\.$`, 'm'));
  });
});

describe('chat administration: commands', () => {
  it('lists the usable invites of the administrator’s units, and forgets a revoked one', async () => {
    const reply = await asProvinceAdmin('/invite Phường Cửa Lò official');
    const code = /: ([A-Z2-9]{8})$/m.exec(reply)?.[1] ?? '';
    const id = /#(\d+) \(/.exec(reply)?.[1];
    const listed = await asProvinceAdmin('/invites');
    expect(listed).toContain(`- #${id} …${code.slice(-2)}: cán bộ theo dõi, Phường Cửa Lò, Tỉnh Nghệ An (đến 2026-12-02 09:00)`);
    expect(listed).not.toContain(code);
    expect(await asProvinceAdmin(`/revoke ${code.toLowerCase()}`)).toBe(`Đã thu hồi mã mời #${id} (…${code.slice(-2)}).`);
    expect(await asProvinceAdmin('/invites')).not.toContain(`#${id} `);
    expect(await asProvinceAdmin(`/revoke ${code}`)).toMatch(/^Không có mã mời nào còn hiệu lực/);
  });

  it('revokes an invite by the number /invites shows', async () => {
    const reply = await asProvinceAdmin('/invite Phường Cửa Lò đầu mối');
    const id = /#(\d+) \(/.exec(reply)?.[1];
    expect(await asProvinceAdmin(`/revoke #${id}`)).toMatch(new RegExp(`^Đã thu hồi mã mời #${id} \\(…[A-Z2-9]{2}\\)\\.$`));
    expect(await asProvinceAdmin(`/revoke #${id}`)).toMatch(/^Không có mã mời nào còn hiệu lực/);
  });

  it('does not let an administrator revoke another province’s invites', async () => {
    const code = await world.invite('Gia Lai official');
    expect(await asProvinceAdmin(`/revoke ${code}`)).toMatch(/^Không có mã mời nào còn hiệu lực/);
    expect(await world.say('4002', `/start ${code}`)).toContain('Tỉnh Gia Lai');
  });

  it('lists who holds which role, with the number that revokes it', async () => {
    await world.say('4003', `/start ${await world.invite('Phường Trường Vinh focal_point')}`);
    const person = await world.store.findPerson({ channel: 'telegram', userId: '4003' });
    const id = person?.assignments[0]?.id;
    expect(await asProvinceAdmin('/assignments Phường Trường Vinh')).toBe(
      ['Vai trò đang có hiệu lực (thu hồi: /revoke_assignment <số>):', `#${id} telegram:4003 (telegram:4003): đầu mối, Phường Trường Vinh, Tỉnh Nghệ An`].join(
        '\n',
      ),
    );
    expect(await asProvinceAdmin(`/revoke_assignment ${id}`)).toBe(`Đã thu hồi vai trò #${id}.`);
    expect(await asProvinceAdmin('/assignments Phường Trường Vinh')).toBe('Chưa có ai được giao vai trò.');
  });

  it('asks which unit when the name fits several, and explains a command it cannot read', async () => {
    expect(await world.asAdmin('/invite Châu Thành đầu mối')).toMatch(/^"Châu Thành" có thể là:\n- /);
    expect(await world.asAdmin('/invite Phường Thành Vinh')).toMatch(/^Lệnh quản trị:/);
  });

  it('audits invites and revocations with the actor, channel and raw text', async () => {
    const reply = await asProvinceAdmin('/invite Phường Vinh Hưng focal point');
    const code = /: ([A-Z2-9]{8})$/m.exec(reply)?.[1] ?? '';
    await asProvinceAdmin(`/revoke ${code}`);
    const admin = await world.store.findPerson({ channel: 'zalo', userId: provinceAdmin });
    const invite = (await world.store.listInvites({ all: true, now: world.clock.now() })).find((i) => i.codeHash === hashInviteCode(code));
    const events = await world.store.listAudit(invite?.unitId ?? -1, 2);
    expect(events.map((e) => [e.action, e.actorId, e.channel, e.rawText])).toEqual([
      ['revoke_invite', admin?.id, 'zalo', '/revoke ‹code›'],
      ['invite', admin?.id, 'zalo', '/invite Phường Vinh Hưng focal point'],
    ]);
    // The audit names the invite by id and hint, never by its code.
    expect(events.map((e) => e.details)).toEqual([
      { inviteId: invite?.id, codeHint: code.slice(-2), role: 'focal_point' },
      { inviteId: invite?.id, codeHint: code.slice(-2), role: 'focal_point', expiresAt: invite?.expiresAt },
    ]);
    expect(JSON.stringify(events)).not.toContain(code);
  });
});
