import { beforeAll, describe, expect, it } from 'vitest';
import {
  assignmentsCommand,
  auditCommand,
  inviteCommand,
  invitesCommand,
  revokeAssignmentCommand,
  revokeInviteCommand,
  UsageError,
} from '../../src/admin/commands/index.js';
import { runAdmin } from '../../src/admin/run-admin.js';
import { createWorld, DAY_MS, type World } from '../support/registration-world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

type Command = (store: World['store'], args: readonly string[], out: (line: string) => void, clock: World['clock']) => Promise<void>;

/** Runs a command on the world's store and clock; returns the lines it printed. */
async function run(command: Command, ...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await command(world.store, args, (line) => lines.push(line), world.clock);
  return lines;
}

/** Runs the command line as `npm run -s admin -- …` would, on the world's store. */
async function admin(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runAdmin(argv, {
    openStore: async () => ({ store: world.store, close: async () => undefined }),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    clock: world.clock,
  });
  return { code, stdout, stderr: stderr.join('\n') };
}

describe('invite (command line)', () => {
  it('prints what the invite grants, then the code alone as the last line', async () => {
    const { code, stdout } = await admin('invite', '--unit', 'Phường Thành Vinh', '--role', 'focal_point');
    expect(code).toBe(0);
    expect(stdout[0]).toBe('invite for focal point of Phường Thành Vinh, Tỉnh Nghệ An (post2025 commune 16681)');
    expect(stdout.at(-1)).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect(stdout.at(-2)).toMatch(new RegExp(`^shown this once; invites lists it as #\\d+ \\(…${stdout.at(-1)?.slice(-2)}\\)$`));
  });

  it('makes a code that registers a focal point in chat, valid seven days by default', async () => {
    const lines = await run(inviteCommand, '--unit', 'post2025:16681', '--role', 'focal_point');
    expect(lines[1]).toBe('single use, valid until 2026-12-02 09:00 (Asia/Ho_Chi_Minh)');
    expect(await world.say('5001', `/start ${lines.at(-1)}`)).toContain('bạn là đầu mối của Phường Thành Vinh, Tỉnh Nghệ An');
  });

  it('invites the statistics office of a province', async () => {
    const { code, stdout } = await admin('invite', '--unit', 'Nghệ An', '--role', 'statistics');
    expect(code).toBe(0);
    expect(stdout[0]).toBe('invite for statistics office of Tỉnh Nghệ An (post2025 province 40)');
  });

  it('honours --days', async () => {
    const lines = await run(inviteCommand, '--unit', 'Gia Lai', '--role', 'official', '--days', '30');
    expect(lines[1]).toBe('single use, valid until 2026-12-25 09:00 (Asia/Ho_Chi_Minh)');
  });

  it.each([
    [['--role', 'official'], 'invite: --unit is required'],
    [['--unit', 'Gia Lai'], 'invite: --role is required'],
    [['--unit', 'Gia Lai', '--role', 'boss'], 'invite: --role must be one of focal_point, official, statistics, admin, not "boss"'],
    [
      ['--unit', 'Phường Thành Vinh', '--role', 'statistics'],
      'invite: --role statistics is granted for a province only, not for Phường Thành Vinh, Tỉnh Nghệ An (post2025 commune 16681); ' +
        'give its province instead: --unit "Tỉnh Nghệ An (post2025 province 40)"',
    ],
    [['--unit', 'Gia Lai', '--role', 'admin', '--days', '0'], 'invite: --days must be a whole number from 1 to 90, not "0"'],
    [['--unit', 'Gia Lai', '--role', 'admin', '--colour', 'red'], "invite: Unknown option '--colour'"],
    [['--unit', 'Châu Thành', '--role', 'admin'], 'invite: --unit "Châu Thành" is ambiguous; it could be:'],
    [['--unit', 'Atlantis', '--role', 'admin'], 'invite: --unit "Atlantis" names no unit'],
  ])('exits 2 for %j, naming what is wrong', async (args, message) => {
    const result = await admin('invite', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
  });
});

describe('invites, revoke-invite (command line)', () => {
  it('lists usable invites of a unit by id and hint, never the code, then revokes one so that chat refuses it', async () => {
    const made = await run(inviteCommand, '--unit', 'Phường Cửa Lò', '--role', 'focal_point');
    const code = made.at(-1) as string;
    const id = /#(\d+)/.exec(made.join('\n'))?.[1];
    const listed = await run(invitesCommand, '--unit', 'Tỉnh Nghệ An');
    expect(listed).toContainEqual(
      `#${id}  …${code.slice(-2)}  focal_point  Phường Cửa Lò, Tỉnh Nghệ An (post2025 commune 16732)  usable until 2026-12-02 09:00`,
    );
    expect(listed.join('\n')).not.toContain(code);
    expect(await run(revokeInviteCommand, code)).toEqual([`revoked invite #${id} (…${code.slice(-2)}, focal_point)`]);
    expect((await run(invitesCommand, '--unit', 'Phường Cửa Lò')).join('\n')).not.toContain(`#${id} `);
    expect((await run(invitesCommand, '--unit', 'Phường Cửa Lò', '--all')).join('\n')).toMatch(new RegExp(`#${id} .* revoked 2026-11-25 09:00`));
    expect(await world.say('5002', `dangky ${code}`)).toMatch(/đã bị thu hồi/);
  });

  it('revokes by the id the listing shows, and audits neither the code nor a typed one', async () => {
    const made = await run(inviteCommand, '--unit', 'Phường Cửa Lò', '--role', 'official');
    const code = made.at(-1) as string;
    const id = /#(\d+)/.exec(made.join('\n'))?.[1];
    expect(await run(revokeInviteCommand, `#${id}`)).toEqual([`revoked invite #${id} (…${code.slice(-2)}, official)`]);
    const audit = (await run(auditCommand, '--unit', 'Phường Cửa Lò')).join('\n');
    expect(audit).not.toContain(code);
    const other = (await run(inviteCommand, '--unit', 'Phường Cửa Lò', '--role', 'official')).at(-1) as string;
    await run(revokeInviteCommand, other.toLowerCase());
    expect((await run(auditCommand, '--unit', 'Phường Cửa Lò')).join('\n')).not.toMatch(new RegExp(other, 'i'));
  });

  it('fails (exit 1) to revoke a code that is not usable', async () => {
    const result = await admin('revoke-invite', 'NOPE2345');
    expect(result).toMatchObject({
      code: 1,
      stderr: 'admin command failed: no usable invite has the code "NOPE2345" (already used, revoked, expired or never issued)',
    });
    expect((await admin('revoke-invite')).code).toBe(2);
  });

  it('shows an expired invite as expired with --all', async () => {
    const code = (await run(inviteCommand, '--unit', 'Phường Vinh Lộc', '--role', 'focal_point', '--days', '1')).at(-1) as string;
    world.clock.advance(2 * DAY_MS);
    try {
      const hint = `…${code.slice(-2)}  focal_point  Phường Vinh Lộc`;
      expect((await run(invitesCommand, '--unit', 'Phường Vinh Lộc', '--all')).join('\n')).toContain(hint);
      expect((await run(invitesCommand, '--all')).find((l) => l.includes(hint))).toMatch(/expired 2026-11-26 09:00$/);
      expect((await run(invitesCommand)).join('\n')).not.toContain(hint);
    } finally {
      world.clock.advance(-2 * DAY_MS);
    }
  });
});

describe('assignments, revoke-assignment (command line)', () => {
  it('lists who holds a role, and revokes one', async () => {
    const code = (await run(inviteCommand, '--unit', 'Phường Vinh Phú', '--role', 'official')).at(-1) as string;
    await world.say('5003', `/start ${code}`);
    const listed = await run(assignmentsCommand, '--unit', 'Phường Vinh Phú');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^#(\d+) {2}official {2}Phường Vinh Phú, Tỉnh Nghệ An \(post2025 commune \d+\) {2}telegram:5003 telegram:5003 {2}since /);
    const id = /^#(\d+)/.exec(listed[0] as string)?.[1] as string;
    expect(await run(revokeAssignmentCommand, id)).toEqual([`revoked assignment #${id}`]);
    expect(await run(assignmentsCommand, '--unit', 'Phường Vinh Phú')).toEqual(['no active assignments']);
    await expect(run(revokeAssignmentCommand, id)).rejects.toThrow(`no active assignment #${id}`);
    await expect(run(revokeAssignmentCommand, 'abc')).rejects.toBeInstanceOf(UsageError);
  });
});

describe('audit (command line)', () => {
  it('prints the registration with when, who, which channel and the raw text (the code used in it redacted)', async () => {
    const code = (await run(inviteCommand, '--unit', 'Phường Vinh Hưng', '--role', 'focal_point')).at(-1) as string;
    await world.say('5004', `/start ${code}`);
    const lines = await run(auditCommand, '--unit', 'Phường Vinh Hưng', '--limit', '2');
    expect(lines[0]).toBe('audit of Phường Vinh Hưng, Tỉnh Nghệ An (post2025 commune 17920): 2 events, newest first');
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}register {2}telegram:5004 \(#\d+\) {2}telegram {2}"\/start ‹code›"$/);
    expect(lines.join('\n')).not.toContain(code);
    expect(lines[2]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}invite {2}admin command line {2}admin-cli {2}"invite --unit \\"Phường Vinh Hưng\\" --role focal_point"$/,
    );
  });

  it('needs --unit', async () => {
    expect((await admin('audit')).stderr).toMatch(/^audit: --unit is required/);
  });
});
