/**
 * A display name and a message carrying ANSI escapes and a right-to-left override, registered through
 * an invite as a hostile sender would, come out of every command that prints them with those
 * characters made visible; a Vietnamese name comes out as it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assignmentsCommand, auditCommand, historyCommand, invitesCommand } from '../../src/admin/commands/index.js';
import { LOCAL_ADMIN_ID } from '../../src/app/handle-message.js';
import { createWorld, type World } from '../support/registration-world.js';

/** Clears the screen, paints red, then reverses the rest of the line. */
const HOSTILE = '\x1b[2J\x1b[31mEvil\x1b[0m \u202Egnp.exe';
const SHOWN = '\\x1b[2J\\x1b[31mEvil\\x1b[0m \\u202Egnp.exe';
const VIETNAMESE = 'Nguyễn Thị Ánh Tuyết';

let world: World;
beforeAll(async () => {
  world = await createWorld();
  for (const [userId, displayName] of [
    ['6001', HOSTILE],
    ['6002', VIETNAMESE],
  ] as const) {
    const code = await world.invite('Phường Thành Vinh đầu mối');
    const say = (text: string) => world.handler.handle({ channel: 'telegram', chatId: `telegram-${userId}`, userId, text, displayName });
    const hostileText = userId === '6001' ? ' \x1b]0;owned\x07\u2066x\u2069' : ' ổn định';
    expect((await say(`/start ${code}${hostileText}`)).text).toContain('Phường Thành Vinh');
    expect((await say('nộp 6T/2026 bb 41.300 tn 3.150 ld 180.000')).text).toContain('Đã ghi nhận');
  }
});

async function print(
  command: (store: World['store'], args: readonly string[], out: (line: string) => void, clock: World['clock']) => Promise<void>,
  ...args: string[]
) {
  const lines: string[] = [];
  await command(world.store, args, (line) => lines.push(line), world.clock);
  return lines.join(' | ');
}

/** No escape, control, bidi or invisible format character at all. */
const HIDDEN = /[\p{Cc}\p{Cf}]/u;

function expectNeutralised(text: string): void {
  expect(text).not.toMatch(HIDDEN);
  expect(text).toContain(SHOWN);
  expect(text).toContain(VIETNAMESE);
}

describe('hostile display names, printed', () => {
  it('admin assignments', async () => {
    expectNeutralised(await print(assignmentsCommand, '--unit', 'post2025:16681'));
  });

  it('admin audit, raw text included', async () => {
    const text = await print(auditCommand, '--unit', 'post2025:16681');
    expectNeutralised(text);
    expect(text).toContain('owned');
    expect(text).toContain('\\u2066x\\u2069');
    expect(text).toContain('ổn định');
  });

  it('admin history', async () => {
    expectNeutralised(await print(historyCommand, '--unit', 'post2025:16681', '--period', '6T/2026'));
  });

  it('admin invites --all', async () => {
    const text = await print(invitesCommand, '--unit', 'post2025:16681', '--all');
    expect(text).not.toMatch(HIDDEN);
    expect(text).toContain('Phường Thành Vinh');
  });

  it("the chat's /assignments", async () => {
    const reply = await world.handler.handle({ channel: 'console', chatId: 'console', userId: LOCAL_ADMIN_ID, text: '/assignments Phường Thành Vinh' });
    expectNeutralised(reply.text.replaceAll('\n', ' | '));
  });
});
