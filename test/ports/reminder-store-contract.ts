/**
 * The ReminderStore part of the Store contract: schedules loaded once and edited, holidays, who to
 * remind and in which chats, linked groups, and the delivery ledger's idempotence and status machine
 * (pending → sending → sent | skipped | failed, back to pending on a transient failure). The store is
 * shared with the other suites, so every test uses its own unit codes, user ids, keys and dates.
 */
import { describe, expect, it } from 'vitest';
import { MONTHLY_SOURCE, SIX_MONTH_SOURCE } from '../../src/core/calendar/index.js';
import type { ChatRef } from '../../src/core/reminders/types.js';
import type { Role } from '../../src/core/types.js';
import type { CalendarStore } from '../../src/ports/calendar-store.js';
import type { ChatStore } from '../../src/ports/chat-store.js';
import type { DeliveryKey, DeliveryLedger } from '../../src/ports/delivery-ledger.js';
import type { Identity, PeopleStore, Person } from '../../src/ports/people-store.js';
import type { RoleHolders } from '../../src/ports/role-holders.js';
import type { SubmissionStore } from '../../src/ports/submission-store.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { scheduleInput } from '../support/reminder-builders.js';
import { makeSubmission, makeUnits, NEXT_WEEK, NOW } from './store-fixtures.js';

const makeSchedule = scheduleInput;

const tg = (id: string): ChatRef => ({ channel: 'telegram', externalChatId: id });
const zalo = (id: string): ChatRef => ({ channel: 'zalo', externalChatId: id });

/** Registers the ReminderStore tests; `store` gives the suite's store once it is open. */
export function describeReminderContract(
  store: () => UnitStore & PeopleStore & CalendarStore & ChatStore & RoleHolders & DeliveryLedger & SubmissionStore,
): void {
  /** Registers a person on any channel through an invite (the only way people come to exist). */
  const register = async (unitId: number, identity: Identity, displayName: string, role: Role = 'focal_point'): Promise<Person> => {
    const code = `RM-${identity.channel}-${identity.userId}-${unitId}-${role}`;
    await store().createInvite({ code, unitId, role, createdById: null, expiresAt: NEXT_WEEK });
    const result = await store().redeemInvite(code, { ...identity, displayName }, NOW);
    if (!result.ok) throw new Error(`could not register ${identity.userId}: ${result.reason}`);
    return result.person;
  };
  const mine = async (...keys: string[]) => (await store().listSchedules()).filter((s) => keys.includes(s.key));
  const scheduleId = async (key: string): Promise<number> => {
    await store().ensureSchedules([makeSchedule(key)]);
    const [schedule] = await mine(key);
    if (!schedule) throw new Error(`schedule ${key} not stored`);
    return schedule.id;
  };

  describe('ensureSchedules, listSchedules and updateSchedule', () => {
    it('stores the missing schedules once, with every field as given', async () => {
      const [provinceId] = await makeUnits(store(), 'RM-S1');
      const inputs = [
        makeSchedule('rm-six'),
        makeSchedule('rm-annual', {
          nameVi: 'Báo cáo năm',
          nameEn: 'Annual report',
          periodKind: 'year',
          due: { kind: 'fixed', month: 1, day: 15, nextYear: true },
          offsetsDays: [3],
          sendHour: 17,
          timezone: 'Asia/Bangkok',
          audienceLevel: 'district',
          provinceId: provinceId!,
          escalateTo: 'admin',
          reporterRole: 'statistics',
          active: false,
        }),
        makeSchedule('rm-monthly', { periodKind: 'month', due: { kind: 'in-last-month', day: 20 }, offsetsDays: [] }),
        makeSchedule('rm-quarter', { periodKind: 'quarter', due: { kind: 'in-next-month', day: 15 } }),
        makeSchedule('rm-nine', { periodKind: 'nine-months', due: { kind: 'fixed', month: 10, day: 5 } }),
      ];
      expect(await store().ensureSchedules(inputs)).toBe(5);
      const stored = await mine(...inputs.map((s) => s.key));
      expect(stored).toEqual(inputs.map((input) => ({ ...input, id: expect.any(Number) })));
      expect(stored.map((s) => s.id)).toEqual([...stored.map((s) => s.id)].sort((a, b) => a - b));
    });

    it("keeps a schedule's document whole, and none for a schedule given none", async () => {
      const inputs = [
        makeSchedule('rm-src-six', { source: SIX_MONTH_SOURCE }),
        makeSchedule('rm-src-month', { periodKind: 'month', due: { kind: 'in-last-month', day: 20 }, source: MONTHLY_SOURCE }),
        makeSchedule('rm-src-none'),
      ];
      await store().ensureSchedules(inputs);
      const stored = await mine('rm-src-six', 'rm-src-month', 'rm-src-none');
      expect(stored).toEqual(inputs.map((input) => ({ ...input, id: expect.any(Number) })));
      expect(stored[2]).not.toHaveProperty('source');
      // An edit of other fields leaves the document as it was.
      expect((await store().updateSchedule('rm-src-six', { sendHour: 9 }))?.source).toEqual(SIX_MONTH_SOURCE);
    });

    it('creates nothing the second time and keeps what an admin changed', async () => {
      expect(await store().ensureSchedules([makeSchedule('rm-keep')])).toBe(1);
      await store().updateSchedule('rm-keep', { sendHour: 10 });
      expect(await store().ensureSchedules([makeSchedule('rm-keep'), makeSchedule('rm-keep2')])).toBe(1);
      expect(await store().ensureSchedules([makeSchedule('rm-keep'), makeSchedule('rm-keep2')])).toBe(0);
      expect((await mine('rm-keep')).map((s) => s.sendHour)).toEqual([10]);
      expect(await mine('rm-keep', 'rm-keep2')).toHaveLength(2);
      expect(await store().ensureSchedules([])).toBe(0);
    });

    it('lists schedules ordered by id, inactive ones too', async () => {
      await store().ensureSchedules([makeSchedule('rm-order-b'), makeSchedule('rm-order-a', { active: false })]);
      const all = await store().listSchedules();
      expect(all.map((s) => s.id)).toEqual([...all.map((s) => s.id)].sort((a, b) => a - b));
      expect(all.filter((s) => s.key.startsWith('rm-order-')).map((s) => [s.key, s.active])).toEqual([
        ['rm-order-b', true],
        ['rm-order-a', false],
      ]);
    });

    it('changes only the fields given and returns the schedule', async () => {
      const [provinceId] = await makeUnits(store(), 'RM-S2');
      await store().ensureSchedules([makeSchedule('rm-edit')]);
      const [before] = await mine('rm-edit');
      const updated = await store().updateSchedule('rm-edit', {
        nameVi: 'Số liệu tháng',
        periodKind: 'month',
        due: { kind: 'in-last-month', day: 25 },
        offsetsDays: [2, 0],
        provinceId: provinceId!,
        escalateTo: 'admin',
        reporterRole: 'statistics',
      });
      const expected = {
        ...before,
        nameVi: 'Số liệu tháng',
        periodKind: 'month',
        due: { kind: 'in-last-month', day: 25 },
        offsetsDays: [2, 0],
        provinceId,
        escalateTo: 'admin',
        reporterRole: 'statistics',
      };
      expect(updated).toEqual(expected);
      expect(await mine('rm-edit')).toEqual([expected]);
      const again = await store().updateSchedule('rm-edit', {
        nameEn: 'Monthly',
        sendHour: 7,
        timezone: 'UTC',
        audienceLevel: 'district',
        provinceId: null,
        active: false,
        due: { kind: 'fixed', month: 2, day: 1, nextYear: true },
        periodKind: 'quarter',
      });
      expect(again).toEqual({
        ...expected,
        nameEn: 'Monthly',
        sendHour: 7,
        timezone: 'UTC',
        audienceLevel: 'district',
        provinceId: null,
        active: false,
        due: { kind: 'fixed', month: 2, day: 1, nextYear: true },
        periodKind: 'quarter',
      });
      expect(await store().updateSchedule('rm-edit', {})).toEqual(again);
    });

    it('keeps the id and key when a whole schedule is passed as the patch', async () => {
      await store().ensureSchedules([makeSchedule('rm-whole'), makeSchedule('rm-other')]);
      const [whole, other] = await mine('rm-whole', 'rm-other');
      const updated = await store().updateSchedule('rm-whole', { ...other!, sendHour: 6 });
      expect(updated).toEqual({ ...whole, sendHour: 6 });
    });

    it('returns null for an unknown key', async () => {
      expect(await store().updateSchedule('rm-no-such-schedule', { sendHour: 9 })).toBeNull();
      expect(await mine('rm-no-such-schedule')).toEqual([]);
    });
  });

  describe('listHolidays, saveHoliday and removeHoliday', () => {
    it('lists the holidays of a range, bounds included, ordered by date', async () => {
      await store().saveHoliday({ date: '2031-09-02', name: 'Quốc khánh' });
      await store().saveHoliday({ date: '2031-04-30', name: 'Giải phóng miền Nam' });
      await store().saveHoliday({ date: '2031-05-01', name: 'Quốc tế Lao động' });
      await store().saveHoliday({ date: '2031-12-31', name: 'outside' });
      expect(await store().listHolidays('2031-04-30', '2031-09-02')).toEqual([
        { date: '2031-04-30', name: 'Giải phóng miền Nam', off: true },
        { date: '2031-05-01', name: 'Quốc tế Lao động', off: true },
        { date: '2031-09-02', name: 'Quốc khánh', off: true },
      ]);
      expect(await store().listHolidays('2031-05-02', '2031-09-01')).toEqual([]);
    });

    it('renames a holiday saved again on the same date', async () => {
      await store().saveHoliday({ date: '2032-01-01', name: 'Tết Dương lịch' });
      await store().saveHoliday({ date: '2032-01-01', name: 'New Year' });
      expect(await store().listHolidays('2032-01-01', '2032-01-01')).toEqual([{ date: '2032-01-01', name: 'New Year', off: true }]);
    });

    it('keeps a stored working day (a computed holiday the government moved) apart from a day off', async () => {
      await store().saveHoliday({ date: '2032-09-01', name: 'Quốc khánh nghỉ 2–3/9', off: false });
      expect(await store().listHolidays('2032-09-01', '2032-09-01')).toEqual([{ date: '2032-09-01', name: 'Quốc khánh nghỉ 2–3/9', off: false }]);
      await store().saveHoliday({ date: '2032-09-01', name: 'Quốc khánh' });
      expect(await store().listHolidays('2032-09-01', '2032-09-01')).toEqual([{ date: '2032-09-01', name: 'Quốc khánh', off: true }]);
    });

    it('removes a holiday once', async () => {
      await store().saveHoliday({ date: '2033-02-10', name: 'Tết' });
      expect(await store().removeHoliday('2033-02-10')).toBe(true);
      expect(await store().removeHoliday('2033-02-10')).toBe(false);
      expect(await store().listHolidays('2033-01-01', '2033-12-31')).toEqual([]);
    });

    it('rejects a date that is not an ISO date', async () => {
      await expect(store().saveHoliday({ date: '02/09/2034', name: 'x' })).rejects.toThrow();
    });
  });

  describe('contacts', () => {
    it('gives each person holding the role once, with the units asked for that they hold it for', async () => {
      const [a, b, c] = await makeUnits(store(), 'RM-C1A', 'RM-C1B', 'RM-C1C');
      const lan = await register(a!, { channel: 'telegram', userId: 'rm-c1-lan' }, 'Chị Lan');
      await register(b!, { channel: 'telegram', userId: 'rm-c1-lan' }, 'Chị Lan');
      await register(c!, { channel: 'telegram', userId: 'rm-c1-lan' }, 'Chị Lan');
      const minh = await register(b!, { channel: 'zalo', userId: 'rm-c1-minh' }, 'Anh Minh');
      await register(a!, { channel: 'telegram', userId: 'rm-c1-boss' }, 'Sếp', 'official');
      await store().setLanguage(minh.id, 'en');
      expect(await store().contacts([b!, a!], 'focal_point')).toEqual([
        { personId: lan.id, displayName: 'Chị Lan', language: null, unitIds: [a, b], chats: [tg('rm-c1-lan')] },
        { personId: minh.id, displayName: 'Anh Minh', language: 'en', unitIds: [b], chats: [zalo('rm-c1-minh')] },
      ]);
      expect((await store().contacts([a!], 'official')).map((p) => p.displayName)).toEqual(['Sếp']);
      expect(await store().contacts([], 'focal_point')).toEqual([]);
    });

    it('leaves out revoked assignments', async () => {
      const [a, b] = await makeUnits(store(), 'RM-C2A', 'RM-C2B');
      const gone = await register(a!, { channel: 'telegram', userId: 'rm-c2-gone' }, 'Gone');
      const half = await register(a!, { channel: 'telegram', userId: 'rm-c2-half' }, 'Half');
      await register(b!, { channel: 'telegram', userId: 'rm-c2-half' }, 'Half');
      const assignments = await store().listAssignments({ unitIds: [a!] });
      for (const assignment of assignments) await store().revokeAssignment(assignment.id, NOW);
      expect(await store().contacts([a!, b!], 'focal_point')).toEqual([
        { personId: half.id, displayName: 'Half', language: null, unitIds: [b], chats: [tg('rm-c2-half')] },
      ]);
      expect((await store().contacts([a!], 'focal_point')).map((p) => p.personId)).not.toContain(gone.id);
    });

    it('gives a person known only on the console no chat', async () => {
      const [a] = await makeUnits(store(), 'RM-C3');
      const local = await register(a!, { channel: 'console', userId: 'rm-c3-local' }, 'Local');
      expect(await store().contacts([a!], 'focal_point')).toEqual([{ personId: local.id, displayName: 'Local', language: null, unitIds: [a], chats: [] }]);
    });

    it('leaves out a private chat stored inactive until it is active again', async () => {
      const [a] = await makeUnits(store(), 'RM-C4');
      const blocked = await register(a!, { channel: 'zalo', userId: 'rm-c4-blocked' }, 'Blocked');
      const [chat] = await store().ensurePrivateChats([zalo('rm-c4-blocked'), tg('rm-c4-blocked')]);
      await store().deactivateChat(chat!.id);
      expect(await store().contacts([a!], 'focal_point')).toEqual([{ personId: blocked.id, displayName: 'Blocked', language: null, unitIds: [a], chats: [] }]);
      await store().reactivateChat(zalo('rm-c4-blocked'));
      expect((await store().contacts([a!], 'focal_point'))[0]?.chats).toEqual([zalo('rm-c4-blocked')]);
    });

    it('tells the statistics office of a province from its focal point and its official', async () => {
      const [province] = await makeUnits(store(), 'RM-C6');
      const office = await register(province!, { channel: 'telegram', userId: 'rm-c6-stats' }, 'Cục Thống kê', 'statistics');
      await register(province!, { channel: 'telegram', userId: 'rm-c6-focal' }, 'Đầu mối');
      await register(province!, { channel: 'zalo', userId: 'rm-c6-boss' }, 'Sếp', 'official');
      expect(await store().contacts([province!], 'statistics')).toEqual([
        { personId: office.id, displayName: 'Cục Thống kê', language: null, unitIds: [province], chats: [tg('rm-c6-stats')] },
      ]);
      expect((await store().contacts([province!], 'focal_point')).map((p) => p.displayName)).toEqual(['Đầu mối']);
    });

    it('orders contacts by person id', async () => {
      const [a, b] = await makeUnits(store(), 'RM-C5A', 'RM-C5B');
      const first = await register(b!, { channel: 'telegram', userId: 'rm-c5-first' }, 'Zed');
      const second = await register(a!, { channel: 'telegram', userId: 'rm-c5-second' }, 'Anh');
      expect((await store().contacts([a!, b!], 'focal_point')).map((p) => p.personId)).toEqual([first.id, second.id]);
    });
  });

  describe('ensurePrivateChats', () => {
    it('creates the missing chats as active private chats, one per reference in their order', async () => {
      const chats = await store().ensurePrivateChats([tg('rm-p1-b'), zalo('rm-p1-a'), tg('rm-p1-a')]);
      expect(chats).toEqual([
        { id: expect.any(Number), ...tg('rm-p1-b'), kind: 'private', title: null, unitId: null, active: true },
        { id: expect.any(Number), ...zalo('rm-p1-a'), kind: 'private', title: null, unitId: null, active: true },
        { id: expect.any(Number), ...tg('rm-p1-a'), kind: 'private', title: null, unitId: null, active: true },
      ]);
      expect(new Set(chats.map((c) => c.id)).size).toBe(3);
    });

    it('returns the stored chats the second time, as they are', async () => {
      const [first] = await store().ensurePrivateChats([tg('rm-p2')]);
      await store().deactivateChat(first!.id);
      const again = await store().ensurePrivateChats([tg('rm-p2-new'), tg('rm-p2'), tg('rm-p2')]);
      expect(again.map((c) => c.externalChatId)).toEqual(['rm-p2-new', 'rm-p2', 'rm-p2']);
      expect(again[1]).toEqual({ ...first, active: false });
      expect(again[2]).toEqual(again[1]);
      expect(await store().ensurePrivateChats([])).toEqual([]);
    });

    it('returns a group chat with the same reference as the group it is', async () => {
      const [unitId] = await makeUnits(store(), 'RM-P3');
      const group = await store().linkGroup(tg('-rm-p3'), unitId!, 'Nhóm');
      expect(await store().ensurePrivateChats([tg('-rm-p3')])).toEqual([group]);
    });

    it('handles many thousands of chats in one call', async () => {
      const refs = Array.from({ length: 12_000 }, (_, i) => tg(`rm-p4-${i}`));
      await store().ensurePrivateChats(refs.slice(0, 100));
      const chats = await store().ensurePrivateChats(refs);
      expect(chats.map((c) => c.externalChatId)).toEqual(refs.map((r) => r.externalChatId));
      expect(new Set(chats.map((c) => c.id)).size).toBe(12_000);
    });
  });

  describe('linkGroup, unlinkGroup, moveChat, linkedGroups, deactivateChat, deactivateChatRef and reactivateChat', () => {
    it('links a group chat to a unit and lists it among the groups of that unit', async () => {
      const [a, b] = await makeUnits(store(), 'RM-G1A', 'RM-G1B');
      const group = await store().linkGroup(tg('-rm-g1'), a!, 'Đầu mối xã');
      expect(group).toEqual({ id: expect.any(Number), ...tg('-rm-g1'), kind: 'group', title: 'Đầu mối xã', unitId: a, active: true });
      expect(await store().linkedGroups([a!, b!])).toEqual([group]);
      expect(await store().linkedGroups([b!])).toEqual([]);
    });

    it('moves a linked group to another unit and makes it active again', async () => {
      const [a, b] = await makeUnits(store(), 'RM-G2A', 'RM-G2B');
      const group = await store().linkGroup(tg('-rm-g2'), a!, 'old');
      await store().deactivateChat(group.id);
      const moved = await store().linkGroup(tg('-rm-g2'), b!, null);
      expect(moved).toEqual({ ...group, unitId: b, title: null, active: true });
      expect(await store().linkedGroups([a!])).toEqual([]);
      expect(await store().linkedGroups([b!])).toEqual([moved]);
    });

    it('lists only active groups, ordered by id', async () => {
      const [a, b] = await makeUnits(store(), 'RM-G3A', 'RM-G3B');
      const first = await store().linkGroup(tg('-rm-g3-1'), b!, null);
      const second = await store().linkGroup(tg('-rm-g3-2'), a!, null);
      const third = await store().linkGroup(tg('-rm-g3-3'), a!, null);
      await store().ensurePrivateChats([tg('rm-g3-private')]);
      await store().deactivateChat(second.id);
      expect(await store().linkedGroups([a!, b!])).toEqual([first, third]);
      await store().reactivateChat(tg('-rm-g3-2'));
      expect((await store().linkedGroups([a!, b!])).map((g) => g.id)).toEqual([first.id, second.id, third.id]);
    });

    it('unlinks a group once, keeping the chat', async () => {
      const [a] = await makeUnits(store(), 'RM-G4');
      const group = await store().linkGroup(tg('-rm-g4'), a!, 'x');
      expect(await store().unlinkGroup(tg('-rm-g4'))).toBe(true);
      expect(await store().unlinkGroup(tg('-rm-g4'))).toBe(false);
      expect(await store().linkedGroups([a!])).toEqual([]);
      expect(await store().ensurePrivateChats([tg('-rm-g4')])).toEqual([{ ...group, unitId: null }]);
    });

    it('unlinks nothing that is not a linked group', async () => {
      await store().ensurePrivateChats([tg('rm-g5-private')]);
      expect(await store().unlinkGroup(tg('rm-g5-private'))).toBe(false);
      expect(await store().unlinkGroup(tg('-rm-g5-unknown'))).toBe(false);
    });

    it('tells channels apart', async () => {
      const [a] = await makeUnits(store(), 'RM-G6');
      await store().linkGroup(tg('rm-g6'), a!, null);
      const [onZalo] = await store().ensurePrivateChats([zalo('rm-g6')]);
      expect(onZalo?.kind).toBe('private');
      expect(await store().unlinkGroup(zalo('rm-g6'))).toBe(false);
      await store().deactivateChat(onZalo!.id);
      expect(await store().linkedGroups([a!])).toHaveLength(1);
    });

    it('moves a group that became a supergroup to its new id, keeping its link and its id', async () => {
      const [a] = await makeUnits(store(), 'RM-G8');
      const group = await store().linkGroup(tg('-rm-g8'), a!, 'Đầu mối huyện');
      await store().deactivateChat(group.id);
      expect(await store().moveChat(tg('-rm-g8'), '-100rm-g8')).toBe(true);
      expect(await store().linkedGroups([a!])).toEqual([{ ...group, ...tg('-100rm-g8'), active: true }]);
      // A second delivery of the same migration finds nothing left to move.
      expect(await store().moveChat(tg('-rm-g8'), '-100rm-g8')).toBe(false);
      expect(await store().ensurePrivateChats([tg('-rm-g8')])).toEqual([expect.objectContaining({ kind: 'private', unitId: null })]);
    });

    it('gives the link to a chat already stored under the new id, and retires the old one', async () => {
      const [a, b] = await makeUnits(store(), 'RM-G9A', 'RM-G9B');
      const old = await store().linkGroup(tg('-rm-g9'), a!, 'Nhóm cũ');
      const [fresh] = await store().ensurePrivateChats([tg('-100rm-g9')]);
      expect(await store().moveChat(tg('-rm-g9'), '-100rm-g9')).toBe(true);
      expect(await store().linkedGroups([a!])).toEqual([{ ...fresh, kind: 'group', unitId: a, title: 'Nhóm cũ', active: true }]);
      expect(await store().ensurePrivateChats([tg('-rm-g9')])).toEqual([{ ...old, unitId: null, active: false }]);
      // A new id linked on its own keeps its own unit.
      const own = await store().linkGroup(tg('-rm-g9-2'), a!, null);
      await store().linkGroup(tg('-100rm-g9-2'), b!, null);
      expect(await store().moveChat(tg('-rm-g9-2'), '-100rm-g9-2')).toBe(true);
      expect((await store().linkedGroups([b!])).map((g) => g.externalChatId)).toEqual(['-100rm-g9-2']);
      expect((await store().linkedGroups([a!])).map((g) => g.id)).not.toContain(own.id);
    });

    it('moves nothing that was never stored', async () => {
      expect(await store().moveChat(tg('-rm-g10-unknown'), '-100rm-g10')).toBe(false);
    });

    it('ignores an unknown chat when deactivating or reactivating', async () => {
      await expect(store().deactivateChat(987_654_321)).resolves.toBeUndefined();
      await expect(store().reactivateChat(tg('rm-g7-unknown'))).resolves.toBeUndefined();
      expect(await store().deactivateChatRef(tg('-rm-g7-unknown'))).toBe(false);
      expect(await store().ensurePrivateChats([tg('-rm-g7-unknown')])).toEqual([expect.objectContaining({ kind: 'private', active: true })]);
    });

    it('deactivates a chat by its reference at once (the bot removed), keeping its link, until it is reactivated', async () => {
      const [a] = await makeUnits(store(), 'RM-G11');
      const group = await store().linkGroup(tg('-rm-g11'), a!, 'Nhóm xã');
      const other = await store().linkGroup(zalo('-rm-g11'), a!, null);
      expect(await store().deactivateChatRef(tg('-rm-g11'))).toBe(true);
      expect(await store().linkedGroups([a!])).toEqual([other]);
      // Said again (a redelivered update), it changes nothing and still finds the chat.
      expect(await store().deactivateChatRef(tg('-rm-g11'))).toBe(true);
      await store().reactivateChat(tg('-rm-g11'));
      expect(await store().linkedGroups([a!])).toEqual([group, other]);
      const [person] = await store().ensurePrivateChats([tg('rm-g11-person')]);
      expect(await store().deactivateChatRef(tg('rm-g11-person'))).toBe(true);
      expect(await store().ensurePrivateChats([tg('rm-g11-person')])).toEqual([{ ...person, active: false }]);
    });
  });

  describe('the delivery ledger', () => {
    const keys = (schedule: number, chatIds: readonly number[], period = '2031-6M', offsetDays = 3): DeliveryKey[] =>
      chatIds.map((chatId) => ({ scheduleId: schedule, period, offsetDays, chatId }));
    const chatIds = async (prefix: string, n: number): Promise<number[]> =>
      (await store().ensurePrivateChats(Array.from({ length: n }, (_, i) => tg(`${prefix}-${i}`)))).map((c) => c.id);

    it('records planned deliveries as pending, in the order of the keys', async () => {
      const schedule = await scheduleId('rm-l1');
      const [x, y] = await chatIds('rm-l1', 2);
      const planned = await store().planDeliveries(keys(schedule, [y!, x!]));
      expect(planned).toEqual([
        {
          id: expect.any(Number),
          scheduleId: schedule,
          period: '2031-6M',
          offsetDays: 3,
          chatId: y,
          status: 'pending',
          attempts: 0,
          lastError: null,
          sentAt: null,
        },
        {
          id: expect.any(Number),
          scheduleId: schedule,
          period: '2031-6M',
          offsetDays: 3,
          chatId: x,
          status: 'pending',
          attempts: 0,
          lastError: null,
          sentAt: null,
        },
      ]);
      expect(await store().findDelivery(planned[0]!.id)).toEqual(planned[0]);
      expect(await store().planDeliveries([])).toEqual([]);
    });

    it('returns the same rows when planned again and duplicates nothing', async () => {
      const schedule = await scheduleId('rm-l2');
      const [x, y, z] = await chatIds('rm-l2', 3);
      const first = await store().planDeliveries(keys(schedule, [x!, y!]));
      await store().claimDelivery(first[0]!.id);
      const second = await store().planDeliveries(keys(schedule, [z!, y!, x!, x!]));
      expect(second.slice(1)).toEqual([first[1], { ...first[0], status: 'sending', attempts: 1 }, { ...first[0], status: 'sending', attempts: 1 }]);
      expect(second[0]).toMatchObject({ chatId: z, status: 'pending' });
      const listed = await store().listDeliveries({ scheduleId: schedule, period: '2031-6M', offsetDays: 3 });
      expect(listed.map((d) => d.chatId)).toEqual([x, y, z]);
    });

    it('keeps occasions apart: another period or offset is another row', async () => {
      const schedule = await scheduleId('rm-l3');
      const [x] = await chatIds('rm-l3', 1);
      const rows = await store().planDeliveries([
        ...keys(schedule, [x!], '2031-6M', 3),
        ...keys(schedule, [x!], '2031-6M', 1),
        ...keys(schedule, [x!], '2032-6M', 3),
        ...keys(schedule, [x!], '2031-6M', -1),
      ]);
      expect(new Set(rows.map((r) => r.id)).size).toBe(4);
      expect(await store().listDeliveries({ scheduleId: schedule, period: '2031-6M', offsetDays: 1 })).toEqual([rows[1]]);
      expect(await store().listDeliveries({ scheduleId: schedule, period: '2031-6M', offsetDays: -1 })).toEqual([rows[3]]);
      expect(await store().listDeliveries({ scheduleId: schedule, period: '2033-6M', offsetDays: 3 })).toEqual([]);
    });

    it('plans ten thousand deliveries in one call', async () => {
      const schedule = await scheduleId('rm-l4');
      const ids = await chatIds('rm-l4', 10_000);
      const first = await store().planDeliveries(keys(schedule, ids));
      expect(first.map((d) => d.chatId)).toEqual(ids);
      const again = await store().planDeliveries(keys(schedule, [...ids].reverse()));
      expect(again.map((d) => d.id)).toEqual(first.map((d) => d.id).reverse());
      expect(await store().listDeliveries({ scheduleId: schedule, period: '2031-6M', offsetDays: 3 })).toHaveLength(10_000);
    });

    it('refuses a key whose schedule or chat does not exist', async () => {
      const schedule = await scheduleId('rm-l5');
      const [x] = await chatIds('rm-l5', 1);
      await expect(store().planDeliveries(keys(987_654, [x!]))).rejects.toThrow();
      await expect(store().planDeliveries(keys(schedule, [987_654_321]))).rejects.toThrow();
      expect(await store().listDeliveries({ scheduleId: schedule, period: '2031-6M', offsetDays: 3 })).toEqual([]);
    });

    it('finds no delivery with an unknown id', async () => {
      expect(await store().findDelivery(987_654_321)).toBeNull();
      expect(await store().claimDelivery(987_654_321)).toBeNull();
    });

    it('lets a pending row be claimed once, counting the attempt', async () => {
      const schedule = await scheduleId('rm-l6');
      const [row] = await store().planDeliveries(keys(schedule, await chatIds('rm-l6', 1)));
      const claimed = await store().claimDelivery(row!.id);
      expect(claimed).toEqual({ ...row, status: 'sending', attempts: 1 });
      expect(await store().claimDelivery(row!.id)).toBeNull();
      expect(await store().findDelivery(row!.id)).toEqual(claimed);
    });

    it('tells with a claim which of the units asked about have an active submission for the period', async () => {
      const schedule = await scheduleId('rm-l6r');
      const [a, b, c] = await makeUnits(store(), 'RM-L6R-A', 'RM-L6R-B', 'RM-L6R-C');
      const clerk = await register(a!, { channel: 'telegram', userId: 'rm-l6r-clerk' }, 'Clerk');
      await store().saveSubmission(makeSubmission(a!, clerk.id));
      await store().saveSubmission(makeSubmission(b!, clerk.id));
      await store().saveSubmission(makeSubmission(b!, clerk.id, { counts: { bb: 41_300, tn: 3_150, ld: 180_000 } }));
      await store().saveSubmission(makeSubmission(c!, clerk.id, { period: '2025-9M', periodEnd: '2025-09-30' }));
      const [first, second] = await store().planDeliveries(keys(schedule, await chatIds('rm-l6r', 2)));
      const claimed = await store().claimDelivery(first!.id, { unitIds: [a!, b!, c!], period: '2025-6M' });
      expect(claimed).toMatchObject({ id: first!.id, status: 'sending', attempts: 1 });
      expect([...(claimed?.reportedUnitIds ?? [])].sort((x, y) => x - y)).toEqual([a, b].sort((x, y) => x! - y!));
      expect(await store().claimDelivery(first!.id, { unitIds: [a!], period: '2025-6M' })).toBeNull();
      expect(await store().claimDelivery(second!.id, { unitIds: [c!], period: '2025-6M' })).toMatchObject({ reportedUnitIds: [] });
    });

    it('lets exactly one of several simultaneous claims win', async () => {
      const schedule = await scheduleId('rm-l7');
      const [row] = await store().planDeliveries(keys(schedule, await chatIds('rm-l7', 1)));
      const claims = await Promise.all([1, 2, 3, 4].map(() => store().claimDelivery(row!.id)));
      expect(claims.filter((c) => c !== null)).toHaveLength(1);
      expect(await store().findDelivery(row!.id)).toMatchObject({ status: 'sending', attempts: 1 });
    });

    it('makes a released row claimable again, keeping the error', async () => {
      const schedule = await scheduleId('rm-l8');
      const [row] = await store().planDeliveries(keys(schedule, await chatIds('rm-l8', 1)));
      await store().claimDelivery(row!.id);
      await store().releaseDelivery(row!.id, 'ETIMEDOUT');
      expect(await store().findDelivery(row!.id)).toEqual({ ...row, status: 'pending', attempts: 1, lastError: 'ETIMEDOUT' });
      expect(await store().claimDelivery(row!.id)).toEqual({ ...row, status: 'sending', attempts: 2, lastError: 'ETIMEDOUT' });
    });

    it('closes a sent row for good, with the time it was sent', async () => {
      const schedule = await scheduleId('rm-l9');
      const [row] = await store().planDeliveries(keys(schedule, await chatIds('rm-l9', 1)));
      await store().claimDelivery(row!.id);
      const at = new Date('2031-06-28T01:00:00.123Z');
      await store().finishDelivery(row!.id, { status: 'sent', at });
      const sent = { ...row, status: 'sent', attempts: 1, lastError: null, sentAt: '2031-06-28T01:00:00.123Z' };
      expect(await store().findDelivery(row!.id)).toEqual(sent);
      expect(await store().claimDelivery(row!.id)).toBeNull();
      await store().releaseDelivery(row!.id, 'late error');
      await store().finishDelivery(row!.id, { status: 'failed', at, error: 'too late' });
      expect(await store().findDelivery(row!.id)).toEqual(sent);
      expect(await store().planDeliveries([row!])).toEqual([sent]);
    });

    it('closes a row as failed or skipped with the reason and no send time', async () => {
      const schedule = await scheduleId('rm-l10');
      const [failed, skipped] = await store().planDeliveries(keys(schedule, await chatIds('rm-l10', 2)));
      const at = new Date('2031-06-28T01:00:00.000Z');
      await store().claimDelivery(failed!.id);
      await store().finishDelivery(failed!.id, { status: 'failed', at, error: '403: bot was blocked by the user' });
      // A pending row can be skipped without a claim (the unit reported in the meantime).
      await store().finishDelivery(skipped!.id, { status: 'skipped', at });
      expect(await store().findDelivery(failed!.id)).toEqual({
        ...failed,
        status: 'failed',
        attempts: 1,
        lastError: '403: bot was blocked by the user',
        sentAt: null,
      });
      expect(await store().findDelivery(skipped!.id)).toEqual({ ...skipped, status: 'skipped' });
      expect(await store().claimDelivery(failed!.id)).toBeNull();
      expect(await store().claimDelivery(skipped!.id)).toBeNull();
    });

    it('counts the rows pending and sending across the ledger, closed rows not', async () => {
      // The store is shared: count what this test adds on top of what is there.
      const before = await store().countOpenDeliveries();
      const schedule = await scheduleId('rm-l12');
      const [a, b, c, d, e] = await store().planDeliveries(keys(schedule, await chatIds('rm-l12', 5)));
      expect(await store().countOpenDeliveries()).toEqual({ pending: before.pending + 5, sending: before.sending });
      const at = new Date('2031-06-28T01:00:00.000Z');
      await store().claimDelivery(a!.id);
      await store().claimDelivery(b!.id);
      await store().finishDelivery(b!.id, { status: 'sent', at });
      await store().claimDelivery(c!.id);
      await store().finishDelivery(c!.id, { status: 'failed', at, error: 'blocked' });
      await store().finishDelivery(d!.id, { status: 'skipped', at });
      // a is left sending (a crash between claim and send), e is still pending.
      expect(await store().countOpenDeliveries()).toEqual({ pending: before.pending + 1, sending: before.sending + 1 });
      await store().releaseDelivery(a!.id, 'ETIMEDOUT');
      expect(await store().countOpenDeliveries()).toEqual({ pending: before.pending + 2, sending: before.sending });
      expect(e).toMatchObject({ status: 'pending' });
    });

    it('lists the rows left sending, with their chat and the time of their claim, once older than asked', async () => {
      const schedule = await scheduleId('rm-l13');
      const ids = await chatIds('rm-l13', 3);
      const [a, b, c] = await store().planDeliveries(keys(schedule, ids));
      const mine = async (olderThanMs: number) => (await store().listStuckDeliveries(olderThanMs)).filter((r) => r.scheduleId === schedule);
      const before = Date.now();
      await store().claimDelivery(a!.id);
      await store().claimDelivery(b!.id);
      await store().finishDelivery(b!.id, { status: 'sent', at: new Date('2031-06-28T01:00:00.000Z') });
      // c is still pending; only a is left sending.
      expect(await mine(60_000)).toEqual([]);
      await new Promise((done) => setTimeout(done, 20));
      const stuck = await mine(10);
      expect(stuck).toEqual([
        {
          ...a,
          status: 'sending',
          attempts: 1,
          claimedAt: expect.any(String),
          chat: { id: ids[0], channel: 'telegram', externalChatId: 'rm-l13-0', kind: 'private', title: null, unitId: null, active: true },
        },
      ]);
      // The database's clock and the test's may differ a little; the claim is within a minute of now.
      expect(Math.abs(Date.parse(stuck[0]!.claimedAt!) - before)).toBeLessThan(60_000);
      expect(c).toMatchObject({ status: 'pending' });
    });

    it('puts a stuck row back to pending with the reason, once, and only when it is old enough', async () => {
      const schedule = await scheduleId('rm-l14');
      const [a, b] = await store().planDeliveries(keys(schedule, await chatIds('rm-l14', 2)));
      await store().claimDelivery(a!.id);
      await store().claimDelivery(b!.id);
      await store().finishDelivery(b!.id, { status: 'sent', at: new Date('2031-06-28T01:00:00.000Z') });
      expect(await store().requeueStuckDelivery(a!.id, 60_000, 'too soon')).toBeNull();
      expect(await store().findDelivery(a!.id)).toMatchObject({ status: 'sending', lastError: null });
      await new Promise((done) => setTimeout(done, 20));
      const twice = await Promise.all([1, 2].map(() => store().requeueStuckDelivery(a!.id, 10, 'left by a stopped worker')));
      expect(twice.filter((r) => r !== null)).toEqual([{ ...a, status: 'pending', attempts: 1, lastError: 'left by a stopped worker' }]);
      // A closed row, a pending one and an unknown id are not stuck.
      expect(await store().requeueStuckDelivery(b!.id, 0, 'x')).toBeNull();
      expect(await store().requeueStuckDelivery(a!.id, 0, 'x')).toBeNull();
      expect(await store().requeueStuckDelivery(987_654_321, 0, 'x')).toBeNull();
      // Claimed again, it is sending anew: a fresh claim is not stuck.
      expect(await store().claimDelivery(a!.id)).toMatchObject({ status: 'sending', attempts: 2 });
      expect((await store().listStuckDeliveries(60_000)).filter((r) => r.id === a!.id)).toEqual([]);
    });

    it('does not put back a row that is not being sent', async () => {
      const schedule = await scheduleId('rm-l11');
      const [row] = await store().planDeliveries(keys(schedule, await chatIds('rm-l11', 1)));
      await store().releaseDelivery(row!.id, 'spurious');
      expect(await store().findDelivery(row!.id)).toEqual(row);
    });
  });
}
