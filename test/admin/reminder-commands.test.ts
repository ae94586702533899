/**
 * The reminder commands of the administrator command line: `reminders --date … --dry-run`
 * prints what the planner would send that day; `schedules` / `schedule <key> <field> <value>` show
 * and change the calendar; `holidays`, `holiday-add`, `holiday-remove` keep the days off that move
 * reminders. Bad arguments exit 2 before the store is opened; nothing is changed on any error. The
 * six-month report for 2026: last day on time Saturday 4 July, so its deadline ends on Monday 6 July;
 * the 1-day reminder (Sunday 5 moved back) on Friday 3 July, the late summary on Tuesday 7 July.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../src/admin/run-admin.js';
import { previewReminders } from '../../src/app/reminders/plan-reminders.js';
import { type CommandWorld, createCommandWorld } from '../support/reminder-commands-world.js';

let world: CommandWorld;
let ngheanCommunes: number;

beforeAll(async () => {
  world = await createCommandWorld();
  const nghean = world.province('Nghệ An');
  ngheanCommunes = world.index().childrenOf(nghean.id).length;
  await world.enrol('101', world.commune('Thành Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('102', world.commune('Trường Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('103', world.commune('Vinh Phú', 'Nghệ An'), 'focal_point', 'zalo');
  await world.enrol('admin', nghean, 'admin');
  await world.enrol('301', nghean, 'official');
  await world.say('102', '/lang en');
  await world.say('101', 'nop 6T/2026 bb 41.200 tn 3.150 ld 180.000');
  await world.say('admin', '/nhom Nghệ An', { chatKind: 'group', chatId: '-100' });
});
afterAll(() => world.close());

/** Runs the command line on the world's store; `opened` says whether it got as far as opening it. */
async function admin(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let opened = false;
  const code = await runAdmin(argv, {
    openStore: async () => {
      opened = true;
      return { store: world.store, close: async () => undefined };
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    clock: world.clock,
  });
  return { code, stdout, stderr: stderr.join('\n'), opened };
}

/** What the calendar and the holidays are now, to check that a failed command changed nothing. */
const state = async () => ({ schedules: await world.store.listSchedules(), holidays: await world.store.listHolidays('2000-01-01', '2100-12-31') });

describe('reminders --dry-run', () => {
  it('prints each occasion of the day and one line per message: chat, kind, language and the units named', async () => {
    const { code, stdout } = await admin('reminders', '--date', '2026-07-03', '--dry-run');
    expect(code).toBe(0);
    expect(stdout.slice(0, 4)).toEqual([
      'reminders for 2026-07-03 (dry run, nothing sent): 1 occasion(s), 3 message(s)',
      'six_month 2026-6M: nudge 1 day(s) before 2026-07-06; 3320/3321 unit(s) have not reported',
      '  telegram 102  nudge (en)  Phường Trường Vinh, Tỉnh Nghệ An',
      '  zalo 103  nudge (vi)  Phường Vinh Phú, Tỉnh Nghệ An',
    ]);
    expect(stdout[4]).toMatch(new RegExp(`^ {2}telegram -100 {2}digest \\(vi\\) {2}Phường Thành Vinh, Tỉnh Nghệ An; .* and ${ngheanCommunes - 5} more$`));
    // Then the units the nudge cannot reach: every other commune, none with a focal point.
    expect(stdout[5]).toBe('  Cannot reach 3318 units that have not reported (no focal point can get the reminder):');
    expect(stdout[6]).toMatch(/^ {2}- no focal point \(3318\): /);
    expect(stdout).toHaveLength(7);
  });

  it('lists exactly the recipients the planner would send to', async () => {
    for (const date of ['2026-07-03', '2026-07-06', '2026-07-07', '2026-07-17']) {
      const plans = await previewReminders(
        { store: world.store, units: world.index, clock: world.clock, log: pino({ level: 'silent' }) },
        date,
        await world.store.listSchedules(),
      );
      const expected = plans.flatMap((p) => p.deliveries.map((d) => `${d.chat.channel} ${d.chat.externalChatId}  ${d.kind} (${d.language})`));
      const printed = (await admin('reminders', '--date', date, '--dry-run')).stdout
        .filter((l) => /^ {2}(telegram|zalo) /.test(l))
        .map((l) => l.trim().split(/ {2}/).slice(0, 2).join('  '));
      expect(printed).toEqual(expected);
    }
  });

  it('sends the late summary to the province’s officials the working day after the due date, and no nudges', async () => {
    const { stdout } = await admin('reminders', '--date', '2026-07-07', '--dry-run', '--schedule', 'six_month');
    expect(stdout[0]).toBe('reminders for 2026-07-07 (dry run, nothing sent): 1 occasion(s), 1 message(s)');
    expect(stdout[1]).toBe('six_month 2026-6M: late summary (due 2026-07-06); 3320/3321 unit(s) have not reported');
    expect(stdout[2]).toMatch(/^ {2}telegram 301 {2}late \(vi\) {2}Phường Thành Vinh, Tỉnh Nghệ An; /);
    expect(stdout).toHaveLength(3);
  });

  it('limits the run to one schedule with --schedule, and says when the day has nothing', async () => {
    expect((await admin('reminders', '--date', '2026-07-03', '--dry-run', '--schedule', 'annual')).stdout).toEqual([
      'reminders for 2026-07-03 (dry run, nothing sent): 0 occasion(s), 0 message(s)',
    ]);
  });

  it('records nothing', async () => {
    const sixMonth = (await world.store.listSchedules()).find((s) => s.key === 'six_month');
    await admin('reminders', '--date', '2026-07-03', '--dry-run');
    expect(await world.store.listDeliveries({ scheduleId: sixMonth?.id ?? -1, period: '2026-6M', offsetDays: 0 })).toEqual([]);
  });

  it.each([
    [['--date', '2026-02-30', '--dry-run'], 'reminders: --date "2026-02-30" is not a date (YYYY-MM-DD)'],
    [['--date', '03/07/2026', '--dry-run'], 'reminders: --date "03/07/2026" is not a date (YYYY-MM-DD)'],
    [['--dry-run'], 'reminders: --date is required'],
    [['--date', '2026-07-03'], 'reminders: only --dry-run is offered here; the worker (npm run worker) sends reminders'],
    [['--date', '2026-07-03', '--dry-run', '--send'], "reminders: Unknown option '--send'"],
  ])('exits 2 for %j before opening the store', async (args, message) => {
    const result = await admin('reminders', ...args);
    expect(result).toMatchObject({ code: 2, stdout: [], opened: false });
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  it('exits 1 naming an unknown schedule', async () => {
    expect(await admin('reminders', '--date', '2026-07-03', '--dry-run', '--schedule', 'nope')).toMatchObject({
      code: 1,
      stdout: [],
      stderr: 'admin command failed: reminders: no schedule "nope" (see: schedules)',
    });
  });
});

describe('schedules and schedule', () => {
  it('lists the calendar', async () => {
    const { code, stdout } = await admin('schedules');
    expect(code).toBe(0);
    expect(stdout[0]).toBe('4 schedule(s):');
    expect(stdout[1]).toBe(
      '  six_month  on   due fixed:07-04  offsets 7,3,1,0  08:00 Asia/Ho_Chi_Minh  ' +
        'communes of every province, reported by focal_point → late summary to official  (Báo cáo 6 tháng)',
    );
    expect(stdout.slice(2).map((l) => l.trim().split(' ')[0])).toEqual(['annual', 'monthly', 'quarterly_stats']);
    // "Before 20 December": the 19th is the last day. The monthly and quarterly figures have no day in any document: off.
    expect(stdout[2]).toMatch(/^ {2}annual {2}on {3}due fixed:12-19 {2}offsets 7,3,1,0 /);
    expect(stdout[3]).toMatch(/^ {2}monthly {2}off {2}due none /);
    expect(stdout[4]).toMatch(/^ {2}quarterly_stats {2}off {2}due none .* provinces of every province, reported by statistics /);
  });

  it('changes one field, and the next dry run follows it', async () => {
    const { code, stdout } = await admin('schedule', 'six_month', 'offsets', '10,2');
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/^changed: six_month {2}on {3}due fixed:07-04 {2}offsets 10,2 /);
    expect((await world.store.listSchedules()).find((s) => s.key === 'six_month')?.offsetsDays).toEqual([10, 2]);
    // 2 days before Monday 6 July is Saturday 4: moved back to Friday 3.
    expect((await admin('reminders', '--date', '2026-07-03', '--dry-run')).stdout[1]).toMatch(/^six_month 2026-6M: nudge 2 day\(s\) before 2026-07-06;/);
    await admin('schedule', 'six_month', 'offsets', '7,3,1,0');
  });

  it.each([
    [['six_month', 'offsets', '7,3,x'], 'schedule: Reminder offsets must be 1 to 10 whole numbers of days from 0 to 60, e.g. 7,3,1,0 (0 is the due date).'],
    [['six_month', 'offsets', '90'], 'schedule: Reminder offsets must be 1 to 10 whole numbers of days from 0 to 60, e.g. 7,3,1,0 (0 is the due date).'],
    [['six_month', 'hour', '25'], 'schedule: The send hour must be a whole number from 0 to 23.'],
    [
      ['six_month', 'due', 'fixed:02-30'],
      'schedule: Write the last day on time as fixed:MM-DD (e.g. fixed:07-04), in-last-month:DD, in-next-month:DD, fixed-next-year:MM-DD, or none (no day set).',
    ],
    [['six_month', 'colour', 'red'], 'schedule: Only these can be changed: offsets, hour, due, active, reporter.'],
    [['six_month', 'offsets'], 'schedule <key> <offsets|hour|due|active|reporter> <value>'],
  ])('exits 2 for schedule %j before opening the store', async (args, message) => {
    const result = await admin('schedule', ...args);
    expect(result).toMatchObject({ code: 2, stdout: [], opened: false });
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  it('exits 1 for an unknown key and changes nothing', async () => {
    const before = await state();
    expect(await admin('schedule', 'nope', 'offsets', '7,3')).toMatchObject({
      code: 1,
      stderr: 'admin command failed: schedule: no schedule "nope" (see: schedules)',
    });
    expect(await state()).toEqual(before);
  });
});

describe('holidays', () => {
  it('adds a holiday, lists it among the computed ones, and the reminder due that day goes out on the working day before', async () => {
    expect((await admin('holiday-add', '2026-07-03', 'Nghỉ', 'bù')).stdout).toEqual([
      'holiday 2026-07-03 (Nghỉ bù) saved: a deadline on it runs to the next working day, a reminder on it goes out the working day before',
    ]);
    // 2026 by Bộ luật Lao động 2019, Điều 112: 1/1; Tết from the eve of 17 February; Giỗ Tổ on Sunday 26 April,
    // made up on Monday 27; 30/4 and 1/5; Quốc khánh 1–2/9. With the stored day: 13.
    expect((await admin('holidays', '--year', '2026')).stdout).toEqual([
      '13 day(s) off in 2026',
      '  2026-01-01  Tết Dương lịch',
      '  2026-02-16  Tết Nguyên đán',
      '  2026-02-17  Tết Nguyên đán',
      '  2026-02-18  Tết Nguyên đán',
      '  2026-02-19  Tết Nguyên đán',
      '  2026-02-20  Tết Nguyên đán',
      '  2026-04-26  Giỗ Tổ Hùng Vương',
      '  2026-04-27  Nghỉ bù Giỗ Tổ Hùng Vương',
      '  2026-04-30  Ngày Chiến thắng',
      '  2026-05-01  Ngày Quốc tế lao động',
      '  2026-07-03  Nghỉ bù  (stored)',
      '  2026-09-01  Quốc khánh',
      '  2026-09-02  Quốc khánh',
    ]);
    expect((await admin('holidays')).stdout).toEqual(['1 stored day(s)', '  2026-07-03  Nghỉ bù  (stored)']);
    expect((await admin('reminders', '--date', '2026-07-03', '--dry-run')).stdout[0]).toMatch(/: 0 occasion\(s\), 0 message\(s\)$/);
    // The 1-day reminder (Sunday 5, then Saturday 4, then the holiday) goes out on Thursday 2 July.
    expect((await admin('reminders', '--date', '2026-07-02', '--dry-run')).stdout[1]).toMatch(/^six_month 2026-6M: nudge 1 day\(s\) before 2026-07-06;/);
  });

  it('removes it again, and says when there is none', async () => {
    expect((await admin('holiday-remove', '2026-07-03')).stdout).toEqual(['stored day 2026-07-03 removed: the computed holidays hold for it again']);
    expect((await admin('holidays')).stdout).toEqual(['0 stored day(s)']);
    expect(await admin('holiday-remove', '2026-07-03')).toMatchObject({ code: 1, stderr: 'admin command failed: holiday-remove: no stored day on 2026-07-03' });
  });

  it('makes a computed holiday a working day for the year the government says so, and back', async () => {
    // A year whose Quốc khánh is 2–3 September: 1 September works, 3 September is off.
    expect((await admin('holiday-work', '2026-09-01', 'Quốc khánh nghỉ 2–3/9')).stdout).toEqual([
      'working day 2026-09-01 (Quốc khánh nghỉ 2–3/9) saved: deadlines and reminders treat it as a working day',
    ]);
    await admin('holiday-add', '2026-09-03', 'Quốc khánh');
    const listed = (await admin('holidays', '--year', '2026')).stdout;
    expect(listed[0]).toBe('12 day(s) off in 2026');
    expect(listed).toContain('  2026-09-01  Quốc khánh nghỉ 2–3/9  (stored: working day)');
    expect(listed).toContain('  2026-09-03  Quốc khánh  (stored)');
    await admin('holiday-remove', '2026-09-01');
    await admin('holiday-remove', '2026-09-03');
    expect((await admin('holidays', '--year', '2026')).stdout[0]).toBe('12 day(s) off in 2026');
  });

  it.each([
    [['holiday-add', '2026-02-30', 'Tết'], 'holiday-add: "2026-02-30" is not a date (YYYY-MM-DD)'],
    [['holiday-add', '2026-09-02'], 'holiday-add <YYYY-MM-DD> <name>'],
    [['holiday-remove', '2/9/2026'], 'holiday-remove: "2/9/2026" is not a date (YYYY-MM-DD)'],
    [['holiday-remove'], 'holiday-remove <YYYY-MM-DD>'],
    [['holidays', '--year', '26'], 'holidays: --year must be a whole number from 2000 to 2100, not "26"'],
  ])('exits 2 for %j before opening the store', async (argv, message) => {
    const before = await state();
    const result = await admin(...argv);
    expect(result).toMatchObject({ code: 2, opened: false });
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(await state()).toEqual(before);
  });
});
