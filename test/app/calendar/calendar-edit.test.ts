/**
 * "/lichnhac": the reporting calendar in chat, and editing it one field at a time. Only
 * an admin of everything edits a schedule of every province; a province's admins edit its own, and
 * give their province its own copy of a national schedule by editing it. An edit tells the service
 * (onCalendarChanged), and the handler's next turn reads the edited calendar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeScheduleProblem, type ScheduleProblem } from '../../../src/core/reminders/admin-replies.js';
import type { Unit } from '../../../src/core/types.js';
import { type CommandWorld, createCommandWorld } from '../../support/reminder-commands-world.js';

let world: CommandWorld;
let nghean: Unit;
let gialai: Unit;
const schedule = async (key: string) => (await world.store.listSchedules()).find((s) => s.key === key);

beforeAll(async () => {
  world = await createCommandWorld();
  nghean = world.province('Nghệ An');
  gialai = world.province('Gia Lai');
  // A province's own schedule, as an admin of everything would add it.
  await world.store.ensureSchedules([
    {
      key: 'na_survey',
      nameVi: 'Khảo sát của Nghệ An',
      nameEn: 'Nghe An survey',
      periodKind: 'quarter',
      due: { kind: 'in-next-month', day: 10 },
      offsetsDays: [3, 0],
      sendHour: 8,
      timezone: 'Asia/Ho_Chi_Minh',
      audienceLevel: 'commune',
      provinceId: nghean.id,
      escalateTo: 'official',
      reporterRole: 'focal_point',
      active: true,
    },
  ]);
  await world.calendar.reload();
  await world.enrol('admin-na', nghean, 'admin');
  await world.enrol('admin-na-en', nghean, 'admin');
  await world.enrol('admin-gl', gialai, 'admin');
  await world.enrol('admin-two', nghean, 'admin');
  await world.enrol('admin-two', gialai, 'admin');
  await world.enrol('fp-na', world.commune('Thành Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('fp-gl', world.index().childrenOf(gialai.id)[0] as Unit, 'focal_point');
  await world.say('admin-na-en', '/lang en');
  await world.say('admin-gl', '/lang en');
});
afterAll(() => world.close());

describe('/lichnhac: the calendar', () => {
  it('lists every schedule with its key, due rule, offsets and send hour (vi, en)', async () => {
    const lines = (await world.say('admin-na', '/lichnhac')).split('\n');
    expect(lines[0]).toBe('Lịch báo cáo và lời nhắc (sửa: /lichnhac <mã> [tỉnh] <offsets|hour|due|active|reporter> <giá trị>):');
    expect(lines.slice(1).map((l) => /^- (\S+)/.exec(l)?.[1])).toEqual(['six_month', 'annual', 'monthly', 'quarterly_stats', 'na_survey']);
    expect(lines[1]).toMatch(/^- six_month {2}on {3}due fixed:07-04 {2}offsets 7,3,1,0 {2}08:00 Asia\/Ho_Chi_Minh/);
    expect(lines[3]).toMatch(/^- monthly {2}off {2}due none /);
    expect(lines[4]).toMatch(/^- quarterly_stats {2}off {2}due none .* reported by statistics /);
    expect(lines[5]).toContain('communes of Tỉnh Nghệ An, reported by focal_point');
    expect(await world.say('admin-gl', '/lichnhac')).toMatch(/^Reporting calendar and reminders \(edit: \/lichnhac <key>/);
  });

  it('shows a province’s own schedule in /lich to its focal points only', async () => {
    expect(await world.say('fp-na', '/lich')).toContain('- Khảo sát của Nghệ An, kỳ quý 2/2026 — hạn nộp 10/07/2026, chưa nộp (còn 9 ngày)');
    expect(await world.say('fp-gl', '/lich')).not.toContain('Nghệ An');
  });
});

describe('/lichnhac: edits', () => {
  it('lets an admin of everything change a national schedule; the service is told and /lich shows it at once', async () => {
    const before = world.calendarChanges();
    expect(await world.asLocalAdmin('/lichnhac six_month due fixed:07-10')).toMatch(/^Đã sửa lịch: six_month {2}on {3}due fixed:07-10 /);
    expect(world.calendarChanges()).toBe(before + 1);
    expect((await schedule('six_month'))?.due).toEqual({ kind: 'fixed', month: 7, day: 10 });
    expect(await world.say('fp-na', '/lich')).toContain('Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — hạn nộp 10/07/2026, chưa nộp (còn 9 ngày)');
    expect(await world.asLocalAdmin('/nhacnho 2026-07-10')).toContain('Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — nhắc ngày hạn cuối (hạn nộp 10/07/2026)');
  });

  it('reads offsets with spaces, drops repeats and keeps them largest first', async () => {
    expect(await world.asLocalAdmin('/lichnhac six_month offsets 3, 14 ,7 7')).toContain('offsets 14,7,3');
    expect((await schedule('six_month'))?.offsetsDays).toEqual([14, 7, 3]);
  });

  it('switches on a schedule with no day only by setting one; off, it is neither listed in /lich nor reminded', async () => {
    expect(await world.asLocalAdmin('/lichnhac monthly active on')).toBe(composeScheduleProblem('vi', 'no-day'));
    expect(await world.asLocalAdmin('/lichnhac monthly due in-last-month:20')).toMatch(/^Đã sửa lịch: monthly {2}on {2} due in-last-month:20 /);
    expect(await world.say('fp-na', '/lich')).toContain('Số liệu tháng, kỳ tháng 7/2026 — hạn nộp 20/07/2026');
    expect(await world.asLocalAdmin('/lichnhac monthly active off')).toMatch(/^Đã sửa lịch: monthly {2}off /);
    expect(await world.say('fp-na', '/lich')).not.toContain('Số liệu tháng');
    expect(await world.asLocalAdmin('/nhacnho 2026-07-20')).toBe('Ngày 20/07/2026 không có lời nhắc nào.');
    expect(await world.asLocalAdmin('/lichnhac monthly due none')).toMatch(/^Đã sửa lịch: monthly {2}off {2}due none /);
  });

  it('changes who reports a schedule, and refuses a role that cannot report', async () => {
    expect(await world.asLocalAdmin('/lichnhac na_survey reporter thống kê')).toContain('reported by statistics');
    expect((await schedule('na_survey'))?.reporterRole).toBe('statistics');
    expect(await world.asLocalAdmin('/lichnhac na_survey reporter admin')).toBe(composeScheduleProblem('vi', 'reporter'));
    expect(await world.asLocalAdmin('/lichnhac na_survey reporter dau moi')).toContain('reported by focal_point');
    expect((await schedule('na_survey'))?.reporterRole).toBe('focal_point');
  });

  it('lets a province’s admin change the province’s own schedule, recorded in its audit trail', async () => {
    const before = world.calendarChanges();
    expect(await world.say('admin-na', '/lichnhac na_survey hour 9')).toMatch(/^Đã sửa lịch: na_survey .* 09:00 /);
    expect(world.calendarChanges()).toBe(before + 1);
    expect((await world.store.listAudit(nghean.id, 5)).map((e) => e.action)).toContain('edit_schedule');
  });

  it('refuses an admin of several provinces a national schedule, and another province’s schedule, changing nothing', async () => {
    const [before, changes] = [await world.store.listSchedules(), world.calendarChanges()];
    expect(await world.say('admin-two', '/lichnhac annual offsets 5')).toBe(composeScheduleProblem('vi', 'not-yours'));
    expect(await world.say('admin-gl', '/lichnhac na_survey hour 10')).toBe(
      "This schedule is another province's: only that province's administrators or a system administrator can change it.",
    );
    expect(await world.say('admin-gl', '/lichnhac annual Nghệ An offsets 5')).toBe(composeScheduleProblem('en', 'other-province'));
    expect(await world.store.listSchedules()).toEqual(before);
    expect(world.calendarChanges()).toBe(changes);
  });
});

describe('/lichnhac: a province’s own calendar', () => {
  it('gives a province its own monthly day: its wards are reminded on it, other provinces not at all', async () => {
    const key = `monthly@${nghean.id}`;
    expect(await world.say('admin-na', '/lichnhac monthly Nghệ An due in-next-month:05')).toMatch(
      new RegExp(`^Đã sửa lịch: ${key} {2}on {2} due in-next-month:5 .*communes of Tỉnh Nghệ An, reported by focal_point`),
    );
    expect(await schedule(key)).toMatchObject({ provinceId: nghean.id, active: true, due: { kind: 'in-next-month', day: 5 } });
    expect((await world.store.listAudit(nghean.id, 5)).some((e) => e.action === 'edit_schedule')).toBe(true);
    // 1 July 2026: June's figures are due 5 July, a Sunday, so by Monday 6 July; July's opened today.
    const lich = await world.say('fp-na', '/lich');
    expect(lich).toContain('- Số liệu tháng, kỳ tháng 6/2026 — hạn nộp 06/07/2026 (05/07 là ngày nghỉ), chưa nộp (còn 5 ngày)');
    expect(await world.say('fp-gl', '/lich')).not.toContain('Số liệu tháng');
    expect(await world.say('fp-na', 'báo cáo tháng nộp khi nào')).toContain('Ngày do tỉnh đặt (không phải văn bản): ngày 5 của tháng sau kỳ.');
    const dryRun = await world.asLocalAdmin('/nhacnho 2026-07-06');
    expect(dryRun).toContain('Số liệu tháng, kỳ tháng 6/2026');
  });

  it('copies a national schedule for the only province its admin holds, when no province is named', async () => {
    const key = `annual@${nghean.id}`;
    expect(await world.say('admin-na', '/lichnhac annual offsets 10,3')).toMatch(new RegExp(`^Đã sửa lịch: ${key} {2}on {3}due fixed:12-19 {2}offsets 10,3 `));
    expect((await schedule('annual'))?.offsetsDays).toEqual([7, 3, 1, 0]);
    // The copy keeps the document it follows: the deadline answer still quotes it.
    expect((await schedule(key))?.source?.due?.wording.vi).toBe('trước ngày 20 tháng 12');
    expect(await world.say('admin-na', '/lichnhac annual hour 7')).toMatch(new RegExp(`^Đã sửa lịch: ${key} .* 07:00 `));
  });
});

describe('/lichnhac: bad input', () => {
  const cases: [string, ScheduleProblem][] = [
    ['na_survey offsets 7,3,abc', 'offsets'],
    ['na_survey offsets 61', 'offsets'],
    ['na_survey offsets -1', 'offsets'],
    ['na_survey offsets 11,10,9,8,7,6,5,4,3,2,1', 'offsets'],
    ['na_survey offsets 1.5', 'offsets'],
    ['na_survey hour 24', 'hour'],
    ['na_survey hour 8h', 'hour'],
    ['na_survey due fixed:02-30', 'due'],
    ['na_survey due 05/07', 'due'],
    ['na_survey due fixed:13-01', 'due'],
    ['na_survey active maybe', 'active'],
    ['na_survey colour red', 'field'],
    ['na_survey offsets', 'usage'],
    ['na_survey', 'usage'],
    ['nope offsets 7,3', 'unknown-key'],
  ];

  it.each(cases)('"/lichnhac %s" gets the %s reply in the admin’s language and changes nothing', async (args, problem) => {
    const [before, changes] = [await world.store.listSchedules(), world.calendarChanges()];
    expect(await world.say('admin-na', `/lichnhac ${args}`)).toBe(composeScheduleProblem('vi', problem));
    expect(await world.say('admin-na-en', `/lichnhac ${args}`)).toBe(composeScheduleProblem('en', problem));
    expect(await world.store.listSchedules()).toEqual(before);
    expect(world.calendarChanges()).toBe(changes);
  });

  it('words the problems for a phone: what is allowed and an example', () => {
    expect(composeScheduleProblem('vi', 'offsets')).toBe('Số ngày nhắc phải là 1 đến 10 số nguyên từ 0 đến 60, ví dụ: 7,3,1,0 (0 là ngày hạn cuối).');
    expect(composeScheduleProblem('en', 'unknown-key')).toBe('No schedule has that key. Send /lichnhac to see the keys.');
  });

  it('keeps to one language whatever the key and field are called ("six_month", "offsets" are English words)', async () => {
    const fields: [string, ScheduleProblem][] = [
      ['offsets 7,3,abc', 'offsets'],
      ['due x', 'due'],
      ['hour 99', 'hour'],
      ['active maybe', 'active'],
    ];
    for (const [args, problem] of fields) {
      expect(await world.asLocalAdmin(`/lichnhac six_month ${args}`)).toBe(composeScheduleProblem('vi', problem));
    }
    expect(await world.say('admin-two', '/lichnhac six_month offsets 7', { languageHint: 'vi' })).toBe(composeScheduleProblem('vi', 'not-yours'));
  });
});
