/**
 * Reminder administration in chat: "/nhacnho <date>", the dry run, lists exactly what the
 * real planning would send that day, limited to the admin's units; "/nhom" links a group chat to a
 * unit for digests. The six-month report for 2026 is due "before 5 July": its last day on time is
 * Saturday 4 July, so its deadline ends on Monday 6 July; nudges go out on Monday 29 June (7 days),
 * Friday 3 July (1 day, the 3-day one falling on the same Friday) and Monday 6 July, the late summary
 * on Tuesday 7 July. Non-admins and bad input get a specific reply in their language and change nothing.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewReminders, runPlanning } from '../../../src/app/reminders/plan-reminders.js';
import type { Unit } from '../../../src/core/types.js';
import type { DeliveryJob } from '../../../src/ports/reminder-queue.js';
import { type CommandWorld, createCommandWorld } from '../../support/reminder-commands-world.js';

let world: CommandWorld;
let nghean: Unit;
let gialai: Unit;
const silent = pino({ level: 'silent' });
const deps = () => ({ store: world.store, units: world.index, clock: world.clock, log: silent });
const inGroup = (chatId: string) => ({ chatKind: 'group' as const, chatId });
const communesOf = (province: Unit) =>
  world
    .index()
    .units.filter((u) => u.structure === 'post2025' && u.validTo === null && u.level === 'commune' && world.index().provinceOf(u).id === province.id);

beforeAll(async () => {
  world = await createCommandWorld();
  nghean = world.province('Nghệ An');
  gialai = world.province('Gia Lai');
  await world.enrol('fp-reported', world.commune('Thành Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('fp-na', world.commune('Trường Vinh', 'Nghệ An'), 'focal_point');
  await world.enrol('fp-gl', communesOf(gialai)[0] as Unit, 'focal_point');
  await world.enrol('admin-na', nghean, 'admin');
  await world.enrol('admin-gl', gialai, 'admin');
  await world.enrol('official-na', nghean, 'official');
  await world.enrol('official-gl', gialai, 'official');
  await world.say('admin-gl', '/lang en');
  await world.say('fp-na', '/lang en');
  await world.say('fp-reported', 'nop 6T/2026 bb 41.200 tn 3.150 ld 180.000');
  expect(await world.say('admin-na', '/nhom Nghệ An', inGroup('-100'))).toMatch(/^Đã liên kết nhóm này với Tỉnh Nghệ An/);
});
afterAll(() => world.close());

const KINDS: Readonly<Record<string, string>> = {
  'nhắc đầu mối': 'nudge',
  'tổng hợp nhóm': 'digest',
  'báo cáo quá hạn': 'late',
  nudge: 'nudge',
  'group digest': 'digest',
  'late summary': 'late',
};

/** The messages a dry-run reply lists, as "kind channel chat units". */
function listed(reply: string): string[] {
  return reply
    .split('\n')
    .flatMap((line) => {
      const m = /^- (.+) → (\S+) (\S+) \((\d+) (?:đơn vị|units?)\)$/.exec(line);
      return m ? [`${KINDS[m[1] as string]} ${m[2]} ${m[3]} ${m[4]}`] : [];
    })
    .sort();
}

/** What the planner itself would send on `date`, about units in `scope` (null: all), in the same form. */
async function planned(date: string, scope: Unit | null): Promise<string[]> {
  const plans = await previewReminders(deps(), date, await world.store.listSchedules());
  const within = new Set(scope === null ? [] : communesOf(scope).map((u) => u.id));
  return plans
    .flatMap((p) => p.deliveries)
    .filter((d) => scope === null || d.unitIds.some((id) => within.has(id)))
    .map((d) => `${d.kind} ${d.chat.channel} ${d.chat.externalChatId} ${d.unitIds.length}`)
    .sort();
}

describe('/nhacnho: the dry run', () => {
  it('on a reminder day, lists a nudge to each focal point whose unit has not reported and a digest to each linked group', async () => {
    const reply = await world.asLocalAdmin('/nhacnho 2026-07-03');
    expect(reply.split('\n').slice(0, 2)).toEqual([
      'Chạy thử nhắc hạn ngày 03/07/2026 (không gửi tin nào):',
      'Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — nhắc trước hạn 1 ngày (hạn nộp 06/07/2026): 3 tin',
    ]);
    expect(listed(reply)).toEqual([`digest telegram -100 ${communesOf(nghean).length}`, 'nudge telegram fp-gl 1', 'nudge telegram fp-na 1']);
    expect(listed(reply)).toEqual(await planned('2026-07-03', null));
  });

  it('the working day after the deadline, lists the late summary to each province’s officials and nothing to focal points', async () => {
    const reply = await world.asLocalAdmin('/nhacnho 2026-07-07');
    expect(reply).toContain('Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026 — tổng hợp quá hạn (hạn nộp 06/07/2026): 2 tin');
    expect(listed(reply)).toEqual([`late telegram official-gl ${communesOf(gialai).length}`, `late telegram official-na ${communesOf(nghean).length}`]);
    expect(listed(reply)).toEqual(await planned('2026-07-07', null));
  });

  it('shows a province’s admin only the messages about units of that province', async () => {
    expect(listed(await world.say('admin-na', '/nhacnho 2026-07-03'))).toEqual(await planned('2026-07-03', nghean));
    expect(listed(await world.say('admin-na', '/nhacnho 2026-07-03'))).toEqual([`digest telegram -100 ${communesOf(nghean).length}`, 'nudge telegram fp-na 1']);
    expect(listed(await world.say('admin-gl', '/nhacnho 2026-07-07'))).toEqual([`late telegram official-gl ${communesOf(gialai).length}`]);
  });

  it('answers in English to an admin who chose English', async () => {
    const reply = (await world.say('admin-gl', '/nhacnho 2026-07-03')).split('\n');
    expect(reply.slice(0, 3)).toEqual([
      'Dry run for 3 Jul 2026 (nothing is sent):',
      'Six-month report, first half of 2026 — reminder 1 day before (due 6 Jul 2026): 1 message',
      '- nudge → telegram fp-gl (1 unit)',
    ]);
    // Then the Gia Lai units the nudge cannot reach (reminder-dry-run-reach.test.ts).
    expect(reply[3]).toMatch(/^Cannot reach \d+ units that have not reported/);
  });

  it('reads 03/07/2026 and 3/7 (this year) as the same day, and no date as today', async () => {
    const iso = await world.say('admin-na', '/nhacnho 2026-07-03');
    expect(await world.say('admin-na', '/nhacnho 03/07/2026')).toBe(iso);
    expect(await world.say('admin-na', '/nhacnho@baophu_bot 3/7', inGroup('-100'))).toBe(iso);
    expect(await world.say('admin-na', '/nhacnho')).toBe('Ngày 01/07/2026 không có lời nhắc nào.');
    expect(await world.say('admin-gl', '/nhacnho')).toBe('No reminders on 1 Jul 2026.');
  });

  it.each([
    ['2026-02-30', 'vi'],
    ['30/2', 'vi'],
    ['hôm qua', 'vi'],
    ['2026-13-01', 'en'],
    ['tomorrow', 'en'],
  ])('refuses "%s" as a date, saying how to write one (%s)', async (text, lang) => {
    const reply = await world.say(lang === 'vi' ? 'admin-na' : 'admin-gl', `/nhacnho ${text}`);
    expect(reply).toBe(
      lang === 'vi'
        ? `"${text}" không phải là ngày. Viết ví dụ: /nhacnho 2026-07-04 hoặc /nhacnho 04/07/2026`
        : `"${text}" is not a date. Write for example: /nhacnho 2026-07-04 or /nhacnho 04/07/2026`,
    );
  });

  it('sends and records nothing; real planning then queues exactly the messages the dry run listed', async () => {
    const dryRun = listed(await world.asLocalAdmin('/nhacnho 2026-07-03'));
    const sixMonth = (await world.store.listSchedules()).find((s) => s.key === 'six_month');
    // 3 July is the 1-day reminder's day.
    const ledger = () => world.store.listDeliveries({ scheduleId: sixMonth?.id ?? -1, period: '2026-6M', offsetDays: 1 });
    expect(await ledger()).toEqual([]);
    const queued: DeliveryJob[] = [];
    const queue = { enqueueDeliveries: async (jobs: readonly DeliveryJob[]) => void queued.push(...jobs), requestSync: async () => undefined };
    await runPlanning({ ...deps(), queue }, { date: '2026-07-03' });
    expect(queued.map((j) => `${j.kind} ${j.chat.channel} ${j.chat.externalChatId} ${j.unitIds.length}`).sort()).toEqual(dryRun);
    expect(await ledger()).toHaveLength(dryRun.length);
  });
});

describe('/nhom: linking a group chat for digests', () => {
  const linked = async (chatId: string) =>
    (await world.store.linkedGroups(world.index().units.map((u) => u.id))).filter((c) => c.externalChatId === chatId).map((c) => c.unitId);

  it('links the group to a unit, records it, and the group gets digests only while a unit under it is missing', async () => {
    const unit = world.commune('Thành Vinh', 'Nghệ An');
    expect(await world.say('admin-na', '/nhom@baophu_bot Thành Vinh, Nghệ An', inGroup('-200'))).toBe(
      'Đã liên kết nhóm này với Phường Thành Vinh, Tỉnh Nghệ An: trước mỗi hạn nộp, nhóm sẽ nhận một tin tổng hợp các đơn vị chưa nộp.',
    );
    expect(await linked('-200')).toEqual([unit.id]);
    expect((await world.store.listAudit(unit.id, 5)).map((e) => e.action)).toContain('link_group');
    // Thành Vinh has reported its six-month figures: nothing to tell the group.
    expect(listed(await world.asLocalAdmin('/nhacnho 2026-07-03'))).not.toContain('digest telegram -200 1');
  });

  it('unlinks with /nhom off, and says so when the group was not linked (vi, en)', async () => {
    const unit = world.commune('Trường Vinh', 'Nghệ An');
    await world.say('admin-na', '/nhom Trường Vinh, Nghệ An', inGroup('-300'));
    expect(await world.say('admin-na', '/nhom off', inGroup('-300'))).toBe('Đã bỏ liên kết: nhóm sẽ không nhận tin tổng hợp nữa.');
    expect(await linked('-300')).toEqual([]);
    expect((await world.store.listAudit(unit.id, 5)).map((e) => e.action)).toContain('unlink_group');
    expect(await world.say('admin-na', '/nhom off', inGroup('-300'))).toBe('Nhóm này chưa liên kết với đơn vị nào.');
    expect(await world.say('admin-gl', '/nhom off', inGroup('-300'))).toBe('This group is not linked to any unit.');
  });

  it('is for group chats only', async () => {
    expect(await world.say('admin-na', '/nhom Nghệ An')).toBe('Lệnh /nhom dùng trong nhóm chat: /nhom <đơn vị> để liên kết nhóm, /nhom off để bỏ liên kết.');
    expect(await world.say('admin-gl', '/nhom Gia Lai')).toBe('Use /nhom in a group chat: /nhom <unit> links the group, /nhom off unlinks it.');
    expect(await linked('admin-na')).toEqual([]);
    expect(await linked('admin-gl')).toEqual([]);
  });

  it('names what is wrong with the unit and links nothing', async () => {
    expect(await world.say('admin-na', '/nhom Atlantis', inGroup('-400'))).toBe(
      'Không tìm thấy đơn vị "Atlantis". Ghi rõ loại đơn vị và tỉnh, hoặc dùng mã, ví dụ post2025:16681.',
    );
    expect(await world.say('admin-gl', '/nhom Atlantis', inGroup('-400'))).toBe(
      'No unit "Atlantis" was found. Give the unit type and province, or a code such as post2025:16681.',
    );
    expect(await world.say('admin-na', '/nhom Châu Thành', inGroup('-400'))).toMatch(/^"Châu Thành" có thể là:\n- Huyện Châu Thành, Tỉnh /);
    expect(await world.say('admin-na', '/nhom', inGroup('-400'))).toMatch(/^Lệnh \/nhom dùng trong nhóm chat/);
    expect(await linked('-400')).toEqual([]);
  });

  it('refuses a unit outside the admin’s province', async () => {
    expect(await world.say('admin-na', '/nhom Gia Lai', inGroup('-500'))).toBe('Bạn không có quyền quản trị Tỉnh Gia Lai.');
    expect(await world.say('admin-gl', '/nhom Nghệ An', inGroup('-500'))).toBe('You have no right to administer Nghe An Province.');
    expect(await linked('-500')).toEqual([]);
  });

  it('lets only an admin of the linked unit unlink a group', async () => {
    expect(await world.say('admin-gl', '/nhom off', inGroup('-100'))).toBe('You have no right to administer Nghe An Province.');
    expect(await linked('-100')).toEqual([nghean.id]);
  });
});

describe('reminder commands for someone who is not an admin', () => {
  const ADMIN_ONLY_VI = 'Chỉ quản trị viên mới dùng được lệnh này (chạy thử lời nhắc, sửa lịch báo cáo, liên kết nhóm). Gõ /lich để xem hạn nộp của bạn.';
  const ADMIN_ONLY_EN =
    'Only administrators can use this command (reminder dry runs, the reporting calendar, group links). Send /deadlines to see your own deadlines.';

  it.each([
    ['fp-reported', '/nhacnho 2026-07-03', ADMIN_ONLY_VI],
    ['official-na', '/lichnhac', ADMIN_ONLY_VI],
    ['official-na', '/lichnhac six_month offsets 1', ADMIN_ONLY_VI],
    ['fp-na', '/nhacnho', ADMIN_ONLY_EN],
    ['fp-na', '/lichnhac six_month active off', ADMIN_ONLY_EN],
  ])('%s: %s is refused', async (userId, text, reply) => {
    expect(await world.say(userId, text)).toBe(reply);
  });

  it('cannot link or unlink a group, and the calendar is unchanged', async () => {
    const before = await world.store.listSchedules();
    expect(await world.say('fp-reported', '/nhom off', inGroup('-100'))).toBe(ADMIN_ONLY_VI);
    expect(await world.say('official-na', '/nhom Thành Vinh, Nghệ An', inGroup('-600'))).toBe(ADMIN_ONLY_VI);
    expect((await world.store.linkedGroups([nghean.id])).map((c) => c.externalChatId)).toEqual(['-100']);
    expect(await world.store.listSchedules()).toEqual(before);
    expect(world.calendarChanges()).toBe(0);
  });
});
