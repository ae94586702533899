/**
 * The admin dry run says who a nudge cannot reach: after each nudge, the audience units that owe the
 * report and have no focal point a message can get to — none registered, one known only on the
 * console, one who blocked the bot — within the admin's units, in chat (/nhacnho) and on the command
 * line. A unit that has reported, or whose focal point can be reached, is not named. The days are
 * read from the stored calendar, so the test holds whatever the deadline falls on.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../../src/admin/run-admin.js';
import { previewReminders } from '../../../src/app/reminders/plan-reminders.js';
import { addDays } from '../../../src/core/civil-time/index.js';
import type { Unit } from '../../../src/core/types.js';
import { describeUnit } from '../../../src/core/units/describe-unit.js';
import { makeSubmission } from '../../ports/store-fixtures.js';
import { type CommandWorld, createCommandWorld } from '../../support/reminder-commands-world.js';

let world: CommandWorld;
let communes: Unit[];
let glCommunes: Unit[];
/** The first day with a six-month nudge for 2026-6M, and the first with its late summary. */
let nudgeDay: string;
let lateDay: string;
const label = (unit: Unit, lang: 'vi' | 'en' = 'vi') => describeUnit(unit, world.index(), lang);
const communesOf = (province: Unit) =>
  world
    .index()
    .units.filter((u) => u.structure === 'post2025' && u.validTo === null && u.level === 'commune' && world.index().provinceOf(u).id === province.id);

/** The first day from 2026-06-01 on which the six-month schedule has an occasion of this kind. */
async function firstDay(kind: 'nudge' | 'late'): Promise<string> {
  const deps = { store: world.store, units: world.index, clock: world.clock, log: pino({ level: 'silent' }) };
  const sixMonth = (await world.store.listSchedules()).filter((s) => s.key === 'six_month');
  for (let day = '2026-06-01'; day < '2026-08-01'; day = addDays(day, 1)) {
    const plans = await previewReminders(deps, day, sixMonth);
    if (plans.some((p) => p.occasion.kind === kind && p.occasion.period === '2026-6M')) return day;
  }
  throw new Error(`no six-month ${kind} in June or July 2026`);
}

/** Stores the chat of `userId` on Telegram inactive, as the delivery worker does when the platform says the bot is blocked. */
async function blockBot(userId: string): Promise<void> {
  const [chat] = await world.store.ensurePrivateChats([{ channel: 'telegram', externalChatId: userId }]);
  await world.store.deactivateChat(chat!.id);
}

// Nghệ An's first communes: one of each kind, so that each would be named if it were wrongly counted.
const [REACHABLE, SUBMITTED, BLOCKED, CONSOLE] = [0, 1, 2, 3];

beforeAll(async () => {
  world = await createCommandWorld();
  const nghean = world.province('Nghệ An');
  const gialai = world.province('Gia Lai');
  communes = communesOf(nghean);
  glCommunes = communesOf(gialai);
  await world.enrol('rr-reachable', communes[REACHABLE]!, 'focal_point');
  await world.enrol('rr-submitted', communes[SUBMITTED]!, 'focal_point');
  await world.enrol('rr-blocked', communes[BLOCKED]!, 'focal_point');
  await world.enrol('rr-console', communes[CONSOLE]!, 'focal_point', 'console');
  await world.enrol('rr-admin-na', nghean, 'admin');
  await world.enrol('rr-admin-gl', gialai, 'admin');
  await world.say('rr-admin-gl', '/lang en');
  // The unit that reported cannot be reached either (blocked): it is left out because it owes nothing.
  const submitter = await world.store.findPerson({ channel: 'telegram', userId: 'rr-submitted' });
  await world.store.saveSubmission(
    makeSubmission(communes[SUBMITTED]!.id, submitter!.id, {
      period: '2026-6M',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      recordedAt: '2026-07-01T02:00:00.000Z',
    }),
  );
  await blockBot('rr-submitted');
  await blockBot('rr-blocked');
  nudgeDay = await firstDay('nudge');
  lateDay = await firstDay('late');
});
afterAll(() => world.close());

/** Communes with no focal point, as the dry run names them: in the index's order, the first 15, then a count. */
function noHolderLine(lang: 'vi' | 'en', units: readonly Unit[], noun: string): string {
  const names = units
    .slice(0, 15)
    .map((u) => label(u, lang))
    .join('; ');
  const more = units.length - 15;
  return `- ${noun} (${units.length}): ${names}${lang === 'vi' ? ` và ${more} đơn vị khác` : ` and ${more} more`}`;
}

describe('/nhacnho: who a nudge cannot reach', () => {
  it('names the units owing the report with no focal point, one on the console only, one who blocked the bot', async () => {
    const reply = (await world.say('rr-admin-na', `/nhacnho ${nudgeDay}`)).split('\n');
    const withoutFocal = communes.filter((_, i) => i > CONSOLE);
    expect(reply).toContain(`Không liên lạc được ${communes.length - 2} đơn vị chưa nộp (không đầu mối nào nhận được tin nhắc):`);
    expect(reply).toContain(`- đầu mối đã chặn bot (1): ${label(communes[BLOCKED]!)}`);
    expect(reply).toContain(`- đầu mối chỉ đăng ký trên console, chưa có Telegram/Zalo (1): ${label(communes[CONSOLE]!)}`);
    expect(reply).toContain(noHolderLine('vi', withoutFocal, 'chưa có đầu mối'));
    // The blocked group comes first: it is the quickest to fix.
    expect(reply.findIndex((l) => l.startsWith('- đầu mối đã chặn bot'))).toBeLessThan(reply.findIndex((l) => l.startsWith('- chưa có đầu mối')));
  });

  it('does not name a unit whose focal point can be reached, nor one that has reported', async () => {
    const reply = await world.say('rr-admin-na', `/nhacnho ${nudgeDay}`);
    const named = reply
      .split('\n')
      .filter((l) => /^- (đầu mối|chưa có đầu mối)/.test(l))
      .join('\n');
    for (const i of [REACHABLE, SUBMITTED]) expect(named).not.toContain(label(communes[i]!));
  });

  it('keeps to the admin’s own units, in the admin’s language', async () => {
    const reply = (await world.say('rr-admin-gl', `/nhacnho ${nudgeDay}`)).split('\n');
    expect(reply).toContain(`Cannot reach ${glCommunes.length} units that have not reported (no focal point can get the reminder):`);
    expect(reply).toContain(noHolderLine('en', glCommunes, 'no focal point'));
    expect(reply.join('\n')).not.toContain('Nghe An');
  });

  it('says nothing of reach after the deadline: the late summary goes to officials', async () => {
    const reply = await world.say('rr-admin-na', `/nhacnho ${lateDay}`);
    expect(reply).not.toContain('Không liên lạc được');
  });
});

describe('reminders --dry-run: who a nudge cannot reach', () => {
  it('prints the same groups under the nudge, in English, unit names as written', async () => {
    const stdout: string[] = [];
    const code = await runAdmin(['reminders', '--date', nudgeDay, '--dry-run', '--schedule', 'six_month'], {
      openStore: async () => ({ store: world.store, close: async () => undefined }),
      stdout: (line) => stdout.push(line),
      stderr: () => undefined,
      clock: world.clock,
    });
    expect(code).toBe(0);
    // Every current commune in the country owes the report but Nghệ An's two that reported or can be reached.
    const owing = world.index().units.filter((u) => u.structure === 'post2025' && u.validTo === null && u.level === 'commune').length - 2;
    expect(stdout).toContain(`  Cannot reach ${owing} units that have not reported (no focal point can get the reminder):`);
    expect(stdout).toContain(`  - focal point blocked the bot (1): ${label(communes[BLOCKED]!)}`);
    expect(stdout).toContain(`  - focal point registered on the console only, no Telegram/Zalo (1): ${label(communes[CONSOLE]!)}`);
  });
});
