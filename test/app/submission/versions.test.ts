/**
 * Versions of a submission: a message delivered twice is stored once, a correction is a new version
 * that keeps the old, "hoan tac"/"undo" withdraws the last one within ten minutes, and /trangthai
 * shows what was submitted for the periods due next.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;
let next = 0;
const freshUnit = (): Unit => world.communes[3 + next++ * 11] as Unit;
const history = (unit: Unit, period = '2026') => world.store.submissionHistory(unit.id, period);

beforeAll(async () => {
  world = await makeWorld();
});

describe('submission: the same delivered message twice', () => {
  it('stores one version and gives the same reply', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'tg-1', [unit], 'telegram');
    const message = { channel: 'telegram', chatId: '777', userId: 'tg-1', text: 'nop bb 41.200 ld 180.000', messageId: '42' } as const;
    const first = await world.handler.handle(message);
    const second = await world.handler.handle(message);
    // The same reply; only the first recorded a version (the metrics count it once).
    expect({ ...second, recorded: true }).toEqual(first);
    expect([first.recorded, second.recorded]).toEqual([true, false]);
    expect(await history(unit)).toHaveLength(1);
    expect((await world.store.listAudit(unit.id, 10)).filter((e) => e.action === 'submit')).toHaveLength(1);
  });
});

describe('submission: corrections', () => {
  it('makes "sua" a new version that replaces the old and keeps it in the history', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'fix', [unit]);
    const fix = chat(world, 'fix');
    await fix.say('nop bb 41.200 ld 180.000');
    const { text } = await fix.say('sua bb 41.300 ld 180.000');
    expect(text).toContain('(phiên bản 2, thay phiên bản 1)');
    const versions = await history(unit);
    expect(versions.map((v) => [v.version, v.status, v.counts.bb])).toEqual([
      [2, 'active', 41300],
      [1, 'superseded', 41200],
    ]);
    expect((await world.store.listAudit(unit.id, 10)).map((e) => e.action)).toEqual(['correct', 'submit']);
  });

  it('keeps the keys a "sua" does not name from the version it replaces, and says which; "nop" stands for what it names', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'part', [unit]);
    const part = chat(world, 'part');
    await part.say('nop bb 41.200 tn 3.150 ld 180.000');
    const { text } = await part.say('sua bb 41.250');
    expect(text).toContain('ld 180.000 · bb 41.250 · tn 3.150\nGiữ nguyên từ phiên bản 1: ld, tn.');
    expect(text).toContain('22,92% (41.250/180.000)');
    expect((await history(unit))[0]?.counts).toEqual({ bb: 41_250, tn: 3_150, ld: 180_000 });
    // A correction is checked whole: a kept denominator still bounds the corrected numerator.
    expect((await part.say('sua bb 190.000')).text).toMatch(/ld/);
    expect(await history(unit)).toHaveLength(2);
    await part.say('nop bb 41.300');
    expect((await history(unit))[0]?.counts).toEqual({ bb: 41_300 });
  });

  it('treats a new submission for the same period as a correction too (en)', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'again', [unit]);
    const again = chat(world, 'again');
    await again.say('/submit bb 41.200 ld 180.000');
    expect((await again.say('/submit bb 41.250 ld 180.000')).text).toContain('(version 2, replaces version 1)');
  });
});

describe('submission: undo', () => {
  it('withdraws the last version within ten minutes and restores the one it replaced', async () => {
    const unit = freshUnit();
    const personId = await registerFocalPoint(world, 'undo', [unit]);
    const u = chat(world, 'undo');
    await u.say('nop bb 41.200 ld 180.000');
    await u.say('sua bb 41.300 ld 180.000');
    world.clock.advance(9 * 60_000);
    expect((await u.say('hoàn tác')).text).toMatch(/^Đã huỷ phiên bản 2 số liệu năm 2026 của .+\. Phiên bản 1 lại có hiệu lực\.$/);
    expect((await world.store.findSubmission(unit.id, '2026'))?.counts).toEqual({ bb: 41200, ld: 180000 });
    const [event] = await world.store.listAudit(unit.id, 1);
    expect(event).toMatchObject({ action: 'undo', actorId: personId, channel: 'console', rawText: 'hoàn tác' });
  });

  it('says so in English for "undo", and leaves the period empty when nothing is restored', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'undo-en', [unit]);
    const u = chat(world, 'undo-en');
    await u.say('nop bb 41.200 ld 180.000');
    expect((await u.say('/undo')).text).toMatch(/^Withdrew version 1 of the figures for 2026 of .+\. The period now has no figures\.$/);
    expect(await world.store.findSubmission(unit.id, '2026')).toBeNull();
    expect((await u.say('undo')).text).toBe('You have no submission to withdraw.');
  });

  it('offers the undo with the receipt: "1" answers the offer, and only while that submission is the last', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'undo-offer', [unit]);
    const u = chat(world, 'undo-offer');
    const receipt = await u.say('nop bb 41.200 ld 180.000');
    expect(receipt.choices).toEqual(['hoan tac']);
    expect(receipt.choiceList).toMatch(/^[0-9a-z]+$/);
    expect((await u.say('1')).text).toMatch(/^Đã huỷ phiên bản 1 số liệu năm 2026 của .+\. Kỳ này hiện chưa có số liệu\.$/);
    expect(await world.store.findSubmission(unit.id, '2026')).toBeNull();
    // The offer is answered: "1" now means nothing to undo, and it is read as a question.
    expect((await u.say('1')).text).not.toMatch(/^Đã huỷ/);
    expect((await u.say('/submit bb 41.300 ld 180.000')).choices).toEqual(['undo']);
  });

  it('refuses after ten minutes, pointing to a correction instead', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'undo-late', [unit]);
    const u = chat(world, 'undo-late');
    await u.say('nop bb 41.200 ld 180.000');
    world.clock.advance(10 * 60_000 + 1);
    expect((await u.say('hoan tac')).text).toMatch(/^Quá 10 phút nên không huỷ được số liệu năm 2026 của .+; hãy gửi bản sửa: sua …$/);
    expect((await world.store.findSubmission(unit.id, '2026'))?.status).toBe('active');
  });

  it('measures the ten minutes from when the version was recorded by the application clock: 9 min 59 s yes, 10 min 1 s no', async () => {
    const unit = freshUnit();
    await registerFocalPoint(world, 'undo-edge', [unit]);
    const u = chat(world, 'undo-edge');
    const firstAt = world.clock.now().toISOString();
    await u.say('nop bb 41.200 ld 180.000');
    expect((await history(unit)).map((v) => v.createdAt)).toEqual([firstAt]);
    world.clock.advance(9 * 60_000 + 59_000);
    const undoneAt = world.clock.now().toISOString();
    expect((await u.say('/undo')).text).toMatch(/^Withdrew version 1 /);
    await u.say('nop bb 41.300 ld 180.000');
    world.clock.advance(10 * 60_000 + 1_000);
    expect((await u.say('/undo')).text).toMatch(/^More than 10 minutes have passed, so the figures for 2026 /);
    expect(await world.store.findSubmission(unit.id, '2026')).toMatchObject({ version: 2, status: 'active', createdAt: undoneAt });
    const events = await world.store.listAudit(unit.id, 10);
    expect(events.map((e) => [e.action, e.at])).toEqual([
      ['submit', undoneAt],
      ['undo', undoneAt],
      ['submit', firstAt],
    ]);
  });
});

describe('submission: /trangthai', () => {
  it('lists, for each of the sender’s units, each schedule’s next period (nothing is open on 25 November) and what was submitted (vi and en)', async () => {
    const [a, b] = [freshUnit(), freshUnit()];
    await registerFocalPoint(world, 'status', [a, b]);
    const s = chat(world, 'status');
    await s.say(`nop ${a.name} 2026 bb 41.200 ld 180.000`);
    const vi = (await s.say('/trangthai')).text.split('\n');
    expect(vi[0]).toBe('Tình hình nộp báo cáo của bạn:');
    expect(vi).toContain('• Báo cáo 6 tháng – 6 tháng đầu năm 2027 (hạn 05/07/2027): chưa nộp');
    expect(vi.filter((l) => l.startsWith('• Báo cáo năm – Năm 2026 (hạn 21/12/2026): đã nộp phiên bản 1 ngày '))).toHaveLength(1);
    expect(vi.filter((l) => l.endsWith(', đúng hạn'))).toHaveLength(1);
    // The monthly figures have no day until a province sets one.
    expect(vi.some((l) => l.startsWith('• Số liệu tháng'))).toBe(false);
    expect(vi.filter((l) => l.endsWith(':') && !l.startsWith('•'))).toHaveLength(3);
    const en = (await s.say('/status')).text;
    expect(en).toContain('• Annual report – 2026 (due 21 Dec 2026): not submitted');
    expect(en).not.toContain('Monthly figures');
  });

  it('tells someone with no unit that only focal points submit', async () => {
    expect((await chat(world, 'admin').say('trạng thái')).text).toMatch(/^Chỉ đầu mối đã đăng ký/);
  });
});
