/**
 * What groups and officials hear (DESIGN 2.3): a group chat linked to a province gets one
 * digest per reminder, "3/38 đơn vị chưa nộp: …", and nothing once everyone has reported; on the first
 * working day after the deadline the province's officials get one late summary naming the late units
 * and their focal points; a submission after the deadline is still accepted, and recorded as late. The
 * annual report for 2026: last day on time Saturday 19 December, so the deadline ends on Monday 21
 * December; reminders on Monday 14 (7 days), Friday 18 (1 day) and Monday 21; the late summary on
 * Tuesday 22.
 */

import { beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { SendError } from '../../../src/ports/messenger.js';
import { RetryDelivery } from '../../../src/ports/reminder-queue.js';
import { createReminderWorld, DIEN_BIEN, LAI_CHAU, type ReminderWorld } from '../../support/reminder-world.js';

let world: ReminderWorld;
let laiChau: { readonly unit: Unit; readonly communes: readonly Unit[] };
/** Three Lai Châu communes that have not reported; the 35 others have. */
let late: readonly Unit[];

const GROUP = { channel: 'telegram', externalChatId: '-1001' } as const;
const label = (u: Unit) => `${u.fullName}, Tỉnh Lai Châu`;

beforeEach(async () => {
  world = await createReminderWorld();
  laiChau = world.province(LAI_CHAU);
  late = laiChau.communes.slice(10, 13);
  await world.submitted(
    laiChau.communes.filter((u) => !late.includes(u)),
    '2026',
  );
  await world.submitted(world.province(DIEN_BIEN).communes, '2026');
});

describe('the digest to a linked group', () => {
  beforeEach(async () => {
    await world.store.linkGroup(GROUP, laiChau.unit.id, 'Đầu mối BHXH Lai Châu');
  });

  it('is one message per reminder: how many of the province’s units have not reported, and which', async () => {
    await world.plan({ date: '2026-12-14' });
    const digests = world.queue.jobs.filter((j) => j.kind === 'digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ chat: GROUP, chatKind: 'group', language: 'vi', offsetDays: 7 });
    expect(digests[0]?.unitIds).toHaveLength(38);
    expect(await world.deliverQueued()).toEqual(['sent']);
    expect(world.telegram.textsTo('-1001')).toEqual([
      ['Nhắc nộp báo cáo: Báo cáo năm, kỳ năm 2026.', 'Hạn nộp: 21/12/2026 (còn 7 ngày).', `3/38 đơn vị chưa nộp: ${late.map(label).join(', ')}.`].join('\n'),
    ]);

    await world.plan({ date: '2026-12-14' });
    expect(await world.deliverQueued()).toEqual([]);
    await world.plan({ date: '2026-12-18', scheduleKey: 'annual' });
    expect(await world.deliverQueued()).toEqual(['sent']);
    expect(world.telegram.textsTo('-1001')[1]).toContain('3/38 đơn vị chưa nộp');
  });

  it('counts as it stands at delivery: a unit that reported since planning is no longer named', async () => {
    await world.plan({ date: '2026-12-14' });
    await world.submitted([late[0] as Unit], '2026');
    await world.deliverQueued();
    const [text] = world.telegram.textsTo('-1001');
    expect(text).toContain(`2/38 đơn vị chưa nộp: ${late.slice(1).map(label).join(', ')}.`);
  });

  it('is not planned once every unit has reported, and skipped when they all reported after planning', async () => {
    await world.plan({ date: '2026-12-14' });
    await world.submitted(late, '2026');
    expect(await world.deliverQueued()).toEqual(['skipped']);
    await world.plan({ date: '2026-12-18', scheduleKey: 'annual' });
    expect(world.queue.jobs).toHaveLength(1);
    expect(world.telegram.sent).toEqual([]);
  });

  it('follows a group that became a supergroup unnoticed: sent to the new id, and the link moves there', async () => {
    await world.plan({ date: '2026-12-14' });
    world.telegram.failNext(new SendError('rejected', 'Bad Request: group chat was upgraded to a supergroup chat', null, { movedTo: '-1009001' }));
    expect(await world.deliverQueued()).toEqual(['sent']);
    expect(world.telegram.textsTo('-1009001')[0]).toContain('3/38 đơn vị chưa nộp');
    expect((await world.store.linkedGroups([laiChau.unit.id])).map((g) => g.externalChatId)).toEqual(['-1009001']);
  });

  it('goes to a group linked to one commune about that commune alone', async () => {
    await world.store.linkGroup({ channel: 'telegram', externalChatId: '-1002' }, (late[0] as Unit).id, null);
    await world.plan({ date: '2026-12-14' });
    await world.deliverQueued();
    expect(world.telegram.textsTo('-1002')[0]).toContain(`1/1 đơn vị chưa nộp: ${label(late[0] as Unit)}.`);
  });

  it('is not sent to a group that was unlinked', async () => {
    await world.store.unlinkGroup(GROUP);
    await world.plan({ date: '2026-12-14' });
    expect(world.queue.jobs).toEqual([]);
  });
});

describe('the late summary', () => {
  beforeEach(async () => {
    await world.assign('official-1', laiChau.unit, 'official');
    await world.assign('official-2', laiChau.unit, 'official', 'zalo');
    await world.assign('official-db', world.province(DIEN_BIEN).unit, 'official');
    await world.assign('fp-0', late[0] as Unit, 'focal_point');
    for (const id of ['fp-1a', 'fp-1b', 'fp-1c']) await world.assign(id, late[1] as Unit, 'focal_point');
    await world.store.linkGroup(GROUP, laiChau.unit.id, null);
  });

  it('goes to each official of the province on the first working day after the deadline ended, once', async () => {
    // Saturday 19 and Sunday 20: nothing. Monday 21, the deadline's last day: the due-day nudges and
    // the group's digest, no late summary.
    for (const day of ['2026-12-19', '2026-12-20']) await world.plan({ date: day, scheduleKey: 'annual' });
    expect(world.queue.jobs).toEqual([]);
    await world.plan({ date: '2026-12-21', scheduleKey: 'annual' });
    const onTheDay = world.queue.take();
    expect(onTheDay.map((j) => `${j.kind} ${j.chat.externalChatId} ${j.offsetDays}`).sort()).toEqual([
      'digest -1001 0',
      'nudge fp-0 0',
      'nudge fp-1a 0',
      'nudge fp-1b 0',
      'nudge fp-1c 0',
    ]);
    // Tuesday 22: the late summary, planned once however often the day is planned.
    await world.plan({ date: '2026-12-22', scheduleKey: 'annual' });
    await world.plan({ date: '2026-12-22', scheduleKey: 'annual' });
    const lateJobs = world.queue.jobs.slice(onTheDay.length);
    expect(lateJobs.map((j) => [j.kind, j.chat.channel, j.chat.externalChatId, j.offsetDays, j.sendOn, j.due])).toEqual([
      ['late', 'telegram', 'official-1', -1, '2026-12-22', '2026-12-21'],
      ['late', 'zalo', 'official-2', -1, '2026-12-22', '2026-12-21'],
    ]);
    expect(lateJobs[0]?.unitIds).toHaveLength(38);
    expect(await world.ledger('annual', '2026', -1)).toHaveLength(2);
    expect(await world.deliverQueued()).toEqual(['sent', 'sent']);
    const before = world.queue.jobs.length;
    await world.plan({ date: '2026-12-23', scheduleKey: 'annual' });
    expect(world.queue.jobs).toHaveLength(before);
  });

  it('goes back to pending when the focal points cannot be read, and the retry sends it (nothing lost)', async () => {
    await world.plan({ date: '2026-12-22', scheduleKey: 'annual' });
    const [job] = world.queue.take().filter((j) => j.chat.externalChatId === 'official-1');
    let failures = 1;
    const flaky = world.deliverOver({
      async contacts(unitIds, role) {
        if (failures-- > 0) throw new Error('connection terminated unexpectedly');
        return world.store.contacts(unitIds, role);
      },
    });
    const deliveryJob = job as NonNullable<typeof job>;
    await expect(flaky(deliveryJob)).rejects.toBeInstanceOf(RetryDelivery);
    expect(await world.store.findDelivery(deliveryJob.deliveryId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'connection terminated unexpectedly',
    });
    expect(await flaky(deliveryJob)).toBe('sent');
    expect(world.telegram.textsTo('official-1')).toHaveLength(1);
  });

  it('names the late units and their focal points', async () => {
    await world.plan({ date: '2026-12-22', scheduleKey: 'annual' });
    await world.deliverQueued();
    expect(world.telegram.textsTo('official-1')).toEqual([
      [
        'Quá hạn nộp báo cáo: Báo cáo năm, kỳ năm 2026 (hạn nộp 21/12/2026).',
        '3/38 đơn vị chưa nộp:',
        `- ${label(late[0] as Unit)} — đầu mối: Cán bộ fp-0`,
        `- ${label(late[1] as Unit)} — đầu mối: Cán bộ fp-1a, Cán bộ fp-1b +1`,
        `- ${label(late[2] as Unit)} — chưa có đầu mối`,
      ].join('\n'),
    ]);
    expect(world.zalo.textsTo('official-2')).toHaveLength(1);
  });

  it('accepts a submission after the deadline, records it as late, and leaves the unit out of the summary', async () => {
    await world.plan({ date: '2026-12-22', scheduleKey: 'annual' });
    world.clock.advance(8 * 86_400_000); // Tuesday 22 December, 8:00 in Vietnam
    const reply = await world.handler.handle({ channel: 'telegram', chatId: 'fp-0', userId: 'fp-0', text: 'nop 2026 bb 41.200 ld 180.000' });
    expect(reply.text).toContain('Đã ghi nhận số liệu năm 2026');
    expect(reply.text).toContain('Nộp muộn: hạn là 21/12/2026 (số liệu vẫn được ghi nhận).');
    expect(await world.store.findSubmission((late[0] as Unit).id, '2026')).toMatchObject({ onTime: false, status: 'active' });

    await world.deliverQueued();
    const [text] = world.telegram.textsTo('official-1');
    expect(text).toContain('2/38 đơn vị chưa nộp:');
    expect(text).not.toContain(label(late[0] as Unit));
  });

  it('is not sent when every unit of the province reported by then', async () => {
    await world.submitted(late, '2026');
    await world.plan({ date: '2026-12-22', scheduleKey: 'annual' });
    expect(world.queue.jobs).toEqual([]);
  });
});
