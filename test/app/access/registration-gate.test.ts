import { beforeAll, describe, expect, it } from 'vitest';
import { composeUnregistered } from '../../../src/core/access/registration-replies.js';
import { createWorld, type World } from '../../support/registration-world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const HINT = 'Bạn chưa đăng ký. Gửi: dangky <mã mời> (mã do quản trị viên cấp)';

describe('the gate for unregistered people', () => {
  it('gives an unregistered person asking "coverage for Vinh city" only the help and the hint', async () => {
    const reply = await world.say('9001', 'coverage for Vinh city');
    expect(reply).toBe(composeUnregistered('en'));
    expect(reply).not.toMatch(/Thanh Vinh|Thành Vinh|%/);
  });

  it.each([
    ['a Vietnamese question', 'bhxh tinh bac kan 9 thang 2021'],
    ['/start without a code', '/start'],
    ['a number, as if choosing from a list', '1'],
    ['a submission', 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000'],
    ['an empty message', ''],
  ])('answers %s with the Vietnamese hint', async (_name, text) => {
    const reply = await world.say('9002', text);
    expect(reply).toContain(HINT);
    expect(reply).not.toContain('15,54%');
  });

  it('does the same on the console for anyone but the local administrator', async () => {
    expect(await world.say('guest', 'Gia Lai BHTN 2025 target', 'console')).toBe(composeUnregistered('en'));
  });

  it('lets a registered person through to the answers', async () => {
    const code = await world.invite('Tỉnh Bắc Kạn cán bộ');
    await world.say('9003', `/start ${code}`);
    expect(await world.say('9003', 'bhxh tinh bac kan 9 thang 2021')).toContain('15,54%');
    expect(await world.say('9003', '/start')).not.toContain(HINT);
  });

  it('lets the console’s local administrator through without registering', async () => {
    expect(await world.asAdmin('bhxh tinh bac kan 9 thang 2021')).toContain('15,54%');
  });

  it('shuts out again someone whose only role was revoked', async () => {
    const code = await world.invite('Tỉnh Bắc Kạn cán bộ');
    await world.say('9004', `dangky ${code}`);
    const person = await world.store.findPerson({ channel: 'telegram', userId: '9004' });
    const assignmentId = person?.assignments[0]?.id ?? -1;
    expect(await world.asAdmin(`/revoke_assignment ${assignmentId}`)).toBe(`Đã thu hồi vai trò #${assignmentId}.`);
    expect(await world.say('9004', 'bhxh tinh bac kan 9 thang 2021')).toContain(HINT);
  });
});
