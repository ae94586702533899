/**
 * The Store contract: every implementation (in-memory, Prisma on PGlite, Prisma on PostgreSQL) runs
 * this suite. One store is shared by the suite, so each test works on its own unit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Structure, UnitLevel, UnitRef } from '../../src/core/types.js';
import type { DocumentReportInput } from '../../src/ports/figures-store.js';
import type { InboundKey } from '../../src/ports/inbound-store.js';
import type { Store } from '../../src/ports/store.js';
import type { UnitInput } from '../../src/ports/unit-store.js';
import { describeFactsContract } from './facts-store-contract.js';
import { describeFileImportContract } from './file-import-contract.js';
import { describeInboundContract } from './inbound-store-contract.js';
import { describePeopleContract } from './people-store-contract.js';
import { describePlacePicksContract } from './place-picks-contract.js';
import { describeReminderContract } from './reminder-store-contract.js';
import { describeRetentionContract } from './retention-contract.js';
import { describeRoleHoldersContract } from './role-holders-contract.js';
import { makeTarget, makeUnit, makeUnits, NOW, registerPerson, telegram } from './store-fixtures.js';
import { describeSubmissionContract } from './submission-store-contract.js';

/** A store under test and how to release it. */
export interface StoreUnderTest {
  readonly store: Store;
  close(): Promise<void>;
}

function child(code: string, parentCode: string, level: UnitLevel = 'district', structure: Structure = 'pre2025'): UnitInput {
  const parentLevel: UnitLevel = level === 'commune' && structure === 'pre2025' ? 'district' : 'province';
  return makeUnit(code, { level, structure, parent: { level: parentLevel, code: parentCode } });
}

function makeReport(unit: UnitRef, overrides: Partial<DocumentReportInput> = {}): DocumentReportInput {
  return {
    unit,
    period: '2025-6M',
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    asOf: null,
    counts: { ld: 1_000_000, bb: 150_000, tn: 5_400 },
    rates: [{ indicator: 'bhxh', percent: 15.54, numerator: 155_400, denominator: 1_000_000, denominatorNote: 'lao động', basis: 'labour_force' }],
    fulfilment: [],
    sourceDocument: '156/KH-UBND',
    sourceDate: '2025-07-10',
    sourceLabel: null,
    sourceNote: null,
    ...overrides,
  };
}

const province = (code: string): UnitRef => ({ structure: 'pre2025', level: 'province', code });

/** Registers the contract suite for one Store implementation. */
export function describeStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`Store contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: Store;
    beforeAll(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.close();
    });

    const idOf = async (ref: UnitRef): Promise<number> => {
      const unit = (await store.listUnits()).find((u) => u.structure === ref.structure && u.level === ref.level && u.code === ref.code);
      if (!unit) throw new Error(`unit ${ref.code} not found`);
      return unit.id;
    };

    describe('importUnits', () => {
      it('creates units, resolves parents named earlier in the list and counts them', async () => {
        const before = await store.countUnits();
        const result = await store.importUnits([
          makeUnit('A1', { validFrom: '2020-01-01', validTo: '2025-06-30' }),
          child('A1-D1', 'A1'),
          child('A1-D1-C1', 'A1-D1', 'commune'),
        ]);
        expect(result).toEqual({ created: 3, updated: 0, unchanged: 0 });
        expect(await store.countUnits()).toBe(before + 3);
        const units = await store.listUnits();
        const a1 = units.find((u) => u.code === 'A1');
        const d1 = units.find((u) => u.code === 'A1-D1');
        const c1 = units.find((u) => u.code === 'A1-D1-C1');
        expect(a1).toMatchObject({
          structure: 'pre2025',
          level: 'province',
          name: 'Unit A1',
          fullName: 'Tỉnh Unit A1',
          type: 'Tỉnh',
          typeCode: 'province',
          nameEn: 'Unit A1',
          parentId: null,
          validFrom: '2020-01-01',
          validTo: '2025-06-30',
        });
        expect(d1?.parentId).toBe(a1?.id);
        expect(c1?.parentId).toBe(d1?.id);
      });

      it('keeps a former type and its day, updates it when it changes and reads no former type for the others', async () => {
        const change = { on: '2026-04-30', type: 'Tỉnh', typeCode: 'province', fullName: 'Tỉnh Unit T1' };
        const changed = makeUnit('T1', { structure: 'post2025', type: 'Thành phố trực thuộc trung ương', typeCode: 'municipality', typeChange: change });
        await store.importUnits([changed, makeUnit('T2', { structure: 'post2025' })]);
        const read = async (code: string) => (await store.listUnits()).find((u) => u.code === code);
        expect((await read('T1'))?.typeChange).toEqual(change);
        expect((await read('T2'))?.typeChange).toBeUndefined();
        expect(await store.importUnits([changed])).toEqual({ created: 0, updated: 0, unchanged: 1 });
        const later = { ...change, on: '2026-05-01' };
        expect(await store.importUnits([{ ...changed, typeChange: later }])).toEqual({ created: 0, updated: 1, unchanged: 0 });
        expect((await read('T1'))?.typeChange).toEqual(later);
      });

      it('changes nothing when the same units are imported again', async () => {
        const units = [makeUnit('B1'), child('B1-D1', 'B1'), child('B1-D2', 'B1')];
        await store.importUnits(units);
        const count = await store.countUnits();
        expect(await store.importUnits(units)).toEqual({ created: 0, updated: 0, unchanged: 3 });
        expect(await store.countUnits()).toBe(count);
      });

      it('updates only the units whose fields changed', async () => {
        await store.importUnits([makeUnit('C1'), makeUnit('C2'), child('C1-D1', 'C1')]);
        const result = await store.importUnits([makeUnit('C1', { name: 'Renamed' }), makeUnit('C2'), child('C1-D1', 'C2')]);
        expect(result).toEqual({ created: 0, updated: 2, unchanged: 1 });
        const units = await store.listUnits();
        expect(units.find((u) => u.code === 'C1')?.name).toBe('Renamed');
        expect(units.find((u) => u.code === 'C1-D1')?.parentId).toBe(await idOf(province('C2')));
      });

      it('resolves a parent stored by an earlier import', async () => {
        await store.importUnits([makeUnit('E1')]);
        expect(await store.importUnits([child('E1-D1', 'E1')])).toMatchObject({ created: 1 });
        const d1 = (await store.listUnits()).find((u) => u.code === 'E1-D1');
        expect(d1?.parentId).toBe(await idOf(province('E1')));
      });

      it('keeps the same code apart in the two structures and at different levels', async () => {
        await store.importUnits([makeUnit('F1'), makeUnit('F1', { structure: 'post2025' }), makeUnit('F1', { level: 'commune' })]);
        expect((await store.listUnits()).filter((u) => u.code === 'F1')).toHaveLength(3);
      });

      it('rejects a unit whose parent is unknown', async () => {
        await expect(store.importUnits([child('G1-D1', 'NOPE')])).rejects.toThrow();
      });

      it('imports 14,000 units and re-imports them without writes', async () => {
        const units: UnitInput[] = [];
        for (let p = 0; p < 40; p += 1) {
          const pc = `P${p}`;
          units.push(makeUnit(pc, { structure: 'post2025' }));
          for (let c = 0; c < 349; c += 1) units.push(child(`${pc}-${c}`, pc, 'commune', 'post2025'));
        }
        const started = performance.now();
        expect(await store.importUnits(units)).toEqual({ created: 14_000, updated: 0, unchanged: 0 });
        const imported = performance.now();
        expect(await store.importUnits(units)).toEqual({ created: 0, updated: 0, unchanged: 14_000 });
        const reimported = performance.now();
        console.info(`[${name}] 14k units: import ${Math.round(imported - started)} ms, ` + `re-import ${Math.round(reimported - imported)} ms`);
      }, 120_000);
    });

    describe('importSuccessions', () => {
      it('creates lineage pairs, is idempotent and updates changed pairs', async () => {
        const old1 = makeUnit('H1');
        const old2 = makeUnit('H2');
        const neu = makeUnit('H9', { structure: 'post2025' });
        await store.importUnits([old1, old2, neu]);
        const pairs = [
          {
            from: province('H1'),
            to: { ...province('H9'), structure: 'post2025' as const },
            part: 'full' as const,
            confidence: 'high' as const,
            sources: 'both',
          },
          {
            from: province('H2'),
            to: { ...province('H9'), structure: 'post2025' as const },
            part: 'partial' as const,
            confidence: 'medium' as const,
            sources: 'dvhcvn',
          },
        ];
        expect(await store.importSuccessions(pairs)).toEqual({ created: 2, updated: 0, unchanged: 0 });
        expect(await store.importSuccessions(pairs)).toEqual({ created: 0, updated: 0, unchanged: 2 });
        const changed = [{ ...pairs[0]!, confidence: 'low' as const }, pairs[1]!];
        expect(await store.importSuccessions(changed)).toEqual({ created: 0, updated: 1, unchanged: 1 });
        const from1 = await idOf(province('H1'));
        const to = await idOf({ ...province('H9'), structure: 'post2025' });
        expect(await store.listSuccessions()).toContainEqual({ fromUnitId: from1, toUnitId: to, part: 'full', confidence: 'low' });
      });

      it('rejects a pair naming an unknown unit', async () => {
        await expect(
          store.importSuccessions([{ from: province('NOPE'), to: province('NOPE2'), part: null, confidence: 'low', sources: 'tnmh' }]),
        ).rejects.toThrow();
      });
    });

    describe('saveDocumentReport and findReports', () => {
      it('stores a version and returns it with counts, rates and source', async () => {
        await store.importUnits([makeUnit('R1')]);
        const unitId = await idOf(province('R1'));
        const saved = await store.saveDocumentReport(makeReport(province('R1')));
        expect(saved.created).toBe(true);
        const [report, ...rest] = await store.findReports([unitId]);
        expect(rest).toHaveLength(0);
        expect(report).toMatchObject({
          id: saved.reportId,
          unitId,
          period: '2025-6M',
          asOf: '2025-06-30',
          version: 1,
          counts: { ld: 1_000_000, bb: 150_000, tn: 5_400 },
          rates: [{ indicator: 'bhxh', percent: 15.54, numerator: 155_400, denominator: 1_000_000, denominatorNote: 'lao động', basis: 'labour_force' }],
          fulfilment: [],
          source: { kind: 'document', document: '156/KH-UBND', date: '2025-07-10', label: null, note: null, submittedBy: null, channel: null },
        });
        expect(Number.isNaN(Date.parse(report?.createdAt ?? ''))).toBe(false);
      });

      it('creates no new version for the same figures', async () => {
        await store.importUnits([makeUnit('R2')]);
        const first = await store.saveDocumentReport(makeReport(province('R2')));
        const again = await store.saveDocumentReport(
          makeReport(province('R2'), {
            counts: { tn: 5_400, bb: 150_000, ld: 1_000_000 },
          }),
        );
        expect(again).toEqual({ created: false, reportId: first.reportId });
        expect(await store.findReports([await idOf(province('R2'))])).toHaveLength(1);
      });

      it('supersedes the previous version when the figures change', async () => {
        await store.importUnits([makeUnit('R3')]);
        const unitId = await idOf(province('R3'));
        const first = await store.saveDocumentReport(makeReport(province('R3')));
        const corrected = await store.saveDocumentReport(
          makeReport(province('R3'), {
            rates: [{ indicator: 'bhxh', percent: 15.61, numerator: null, denominator: null, denominatorNote: null, basis: null }],
          }),
        );
        expect(corrected.created).toBe(true);
        expect(corrected.reportId).not.toBe(first.reportId);
        const reports = await store.findReports([unitId]);
        expect(reports).toHaveLength(1);
        expect(reports[0]).toMatchObject({ id: corrected.reportId, version: 2, rates: [{ percent: 15.61 }] });
        const back = await store.saveDocumentReport(makeReport(province('R3')));
        expect(back.created).toBe(true);
        expect(await store.findReports([unitId])).toMatchObject([{ id: back.reportId, version: 3 }]);
      });

      it('keeps other periods and other documents as separate series', async () => {
        await store.importUnits([makeUnit('R4')]);
        const unitId = await idOf(province('R4'));
        await store.saveDocumentReport(makeReport(province('R4')));
        await store.saveDocumentReport(makeReport(province('R4'), { period: '2025-9M', periodEnd: '2025-09-30' }));
        await store.saveDocumentReport(makeReport(province('R4'), { sourceDocument: '99/BC-BHXH' }));
        await store.saveDocumentReport(makeReport(province('R4'), { period: null, periodStart: null, periodEnd: null, asOf: '2025-05-31' }));
        const reports = await store.findReports([unitId]);
        expect(reports).toHaveLength(4);
        expect(reports.every((r) => r.version === 1)).toBe(true);
        expect(reports.find((r) => r.period === null)?.asOf).toBe('2025-05-31');
      });

      it('finds reports of several units and none for an empty list', async () => {
        await store.importUnits([makeUnit('R5'), makeUnit('R6')]);
        await store.saveDocumentReport(makeReport(province('R5')));
        await store.saveDocumentReport(makeReport(province('R6')));
        const ids = [await idOf(province('R5')), await idOf(province('R6'))];
        expect((await store.findReports(ids)).map((r) => r.unitId).sort()).toEqual([...ids].sort());
        expect(await store.findReports([])).toEqual([]);
      });

      it('rejects a report for an unknown unit', async () => {
        await expect(store.saveDocumentReport(makeReport(province('NOPE')))).rejects.toThrow();
      });
    });

    describe('factsVersion', () => {
      it('stays the same between writes and changes with every write of figures or targets', async () => {
        await store.importUnits([makeUnit('V1')]);
        const before = await store.factsVersion();
        expect(await store.factsVersion()).toBe(before);
        await store.saveDocumentReport(makeReport(province('V1')));
        const afterReport = await store.factsVersion();
        expect(afterReport).not.toBe(before);
        await store.saveDocumentReport(makeReport(province('V1')));
        expect(await store.factsVersion()).toBe(afterReport);
        await store.saveTarget(makeTarget(province('V1')));
        expect(await store.factsVersion()).not.toBe(afterReport);
      });
    });

    describe('openTurn', () => {
      const ledgerKey = (chatId: string, messageId = '1'): InboundKey => ({ channel: 'telegram', chatId, messageId });

      it('knows nobody for an identity that never registered, and reads the current version', async () => {
        const opening = await store.openTurn(telegram('ot-nobody'), null);
        expect(opening).toEqual({ person: null, answered: null, factsVersion: await store.factsVersion(), conversation: null });
      });

      it('finds the speaker as findPerson does, with every active assignment', async () => {
        const [first, second] = await makeUnits(store, 'OT1', 'OT2');
        await registerPerson(store, first!, 'ot-speaker', 'Chị Mai');
        await registerPerson(store, second!, 'ot-speaker', 'Chị Mai', 'official');
        const person = await store.findPerson(telegram('ot-speaker'));
        expect(person?.assignments).toHaveLength(2);
        expect((await store.openTurn(telegram('ot-speaker'), null)).person).toEqual(person);
        expect((await store.openTurn(telegram('ot-speaker'), ledgerKey('-OT1'))).person).toEqual(person);
        expect((await store.openTurn({ channel: 'zalo', userId: 'ot-speaker' }, null)).person).toBeNull();
      });

      it('finds the delivery in the inbound ledger once it is answered, by channel, chat and message', async () => {
        await registerPerson(store, (await makeUnits(store, 'OT3'))[0]!, 'ot-ledger', 'Anh Nam');
        const speaker = telegram('ot-ledger');
        expect((await store.openTurn(speaker, ledgerKey('-OT3'))).answered).toBeNull();
        await store.markAnswered(ledgerKey('-OT3'), 'Đã ghi nhận', NOW);
        expect((await store.openTurn(speaker, ledgerKey('-OT3'))).answered).toEqual({ reply: 'Đã ghi nhận' });
        expect((await store.openTurn(telegram('ot-unknown'), ledgerKey('-OT3'))).answered).toEqual({ reply: 'Đã ghi nhận' });
        expect((await store.openTurn(speaker, ledgerKey('-OT3', '2'))).answered).toBeNull();
        expect((await store.openTurn(speaker, ledgerKey('-OT3-other'))).answered).toBeNull();
        expect((await store.openTurn(speaker, { ...ledgerKey('-OT3'), channel: 'zalo' })).answered).toBeNull();
        expect((await store.openTurn(speaker, null)).answered).toBeNull();
      });

      it('reads the conversation asked for, expiry left to the reader, and none when not asked', async () => {
        const key = { channel: 'telegram' as const, chatId: '-OT5', userId: 'ot-talk' };
        const state = { kind: 'choose-unit', payload: { options: [1, 2] }, expiresAt: '2025-07-01T08:10:00.000Z' };
        expect((await store.openTurn(telegram('ot-talk'), null, { conversation: key })).conversation).toBeNull();
        await store.setConversation(key, state);
        expect((await store.openTurn(telegram('ot-talk'), ledgerKey('-OT5'), { conversation: key })).conversation).toEqual(state);
        expect((await store.openTurn(telegram('ot-talk'), null, { conversation: { ...key, userId: 'ot-other' } })).conversation).toBeNull();
        expect((await store.openTurn(telegram('ot-talk'), null)).conversation).toBeNull();
        await store.setConversation(key, { ...state, expiresAt: '2000-01-01T00:00:00.000Z' });
        expect((await store.openTurn(telegram('ot-talk'), null, { conversation: key })).conversation?.expiresAt).toBe('2000-01-01T00:00:00.000Z');
        await store.clearConversation(key);
      });

      it('marks the chat asked for active again, and no other', async () => {
        const ref = { channel: 'zalo' as const, externalChatId: 'ot-blocked' };
        const other = { channel: 'zalo' as const, externalChatId: 'ot-blocked-too' };
        const chats = await store.ensurePrivateChats([ref, other]);
        for (const chat of chats) await store.deactivateChat(chat.id);
        await store.openTurn({ channel: 'zalo', userId: 'ot-blocked' }, null);
        expect((await store.ensurePrivateChats([ref]))[0]?.active).toBe(false);
        await store.openTurn({ channel: 'zalo', userId: 'ot-blocked' }, null, { reactivate: ref });
        expect((await store.ensurePrivateChats([ref, other])).map((c) => c.active)).toEqual([true, false]);
      });

      it('reads the figures version of the moment, changed by a write', async () => {
        await store.importUnits([makeUnit('OT4')]);
        const before = (await store.openTurn(telegram('ot-version'), null)).factsVersion;
        expect(before).toBe(await store.factsVersion());
        await store.saveDocumentReport(makeReport(province('OT4')));
        const after = (await store.openTurn(telegram('ot-version'), null)).factsVersion;
        expect(after).not.toBe(before);
        expect(after).toBe(await store.factsVersion());
      });
    });

    describe('saveTarget and findTargets', () => {
      it('keeps targets from two sources apart and updates one by its key', async () => {
        await store.importUnits([makeUnit('T1')]);
        const unitId = await idOf(province('T1'));
        expect(await store.saveTarget(makeTarget(province('T1')))).toEqual({ created: true });
        expect(await store.saveTarget(makeTarget(province('T1'), { sourceDocument: '156/KH-UBND', kind: 'plan', percent: 38.5 }))).toEqual({ created: true });
        expect(await store.saveTarget(makeTarget(province('T1'), { percent: 42.125, note: 'sửa' }))).toEqual({ created: false });
        const targets = await store.findTargets([unitId]);
        expect(targets).toHaveLength(2);
        expect(targets.find((t) => t.sourceDocument === '01/NQ-CP')).toMatchObject({
          unitId,
          indicator: 'bhxh',
          year: 2025,
          percent: 42.125,
          kind: 'assigned',
          sourceDate: '2025-01-08',
          note: 'sửa',
        });
        expect(targets.find((t) => t.sourceDocument === '156/KH-UBND')).toMatchObject({ percent: 38.5, kind: 'plan' });
        expect(await store.findTargets([])).toEqual([]);
      });
    });

    describe('conversation state', () => {
      const key = { channel: 'telegram' as const, chatId: '-100', userId: '42' };
      const now = new Date('2025-07-01T08:00:00.000Z');

      it('returns what was set until it expires', async () => {
        const state = { kind: 'choose-unit', payload: { options: [1, 2, 3], text: 'Vinh' }, expiresAt: '2025-07-01T08:10:00.000Z' };
        await store.setConversation(key, state);
        expect(await store.getConversation(key, now)).toEqual(state);
        expect(await store.getConversation(key, new Date('2025-07-01T08:10:00.000Z'))).toBeNull();
        expect(await store.getConversation({ ...key, userId: '43' }, now)).toBeNull();
      });

      it('replaces the state and clears it', async () => {
        const other = { ...key, chatId: '-200' };
        await store.setConversation(other, { kind: 'a', payload: null, expiresAt: '2025-07-01T09:00:00.000Z' });
        await store.setConversation(other, { kind: 'b', payload: ['x'], expiresAt: '2025-07-01T09:00:00.000Z' });
        expect(await store.getConversation(other, now)).toMatchObject({ kind: 'b', payload: ['x'] });
        await store.clearConversation(other);
        expect(await store.getConversation(other, now)).toBeNull();
        await expect(store.clearConversation(other)).resolves.toBeUndefined();
      });

      it('reads a state set soon at once, in the opening read too, and a later clear replaces it', async () => {
        const soon = { ...key, chatId: '-300' };
        const state = { kind: 'chart-offer', payload: { unitId: 3 }, expiresAt: '2025-07-01T09:00:00.000Z' };
        const written = store.setConversationSoon(soon, state);
        expect(await store.getConversation(soon, now)).toEqual(state);
        expect((await store.openTurn(telegram(soon.userId), null, { conversation: soon })).conversation).toEqual(state);
        await written;
        expect(await store.getConversation(soon, now)).toEqual(state);
        const replaced = store.setConversationSoon(soon, { ...state, kind: 'replaced' });
        await store.clearConversation(soon);
        await replaced;
        expect(await store.getConversation(soon, now)).toBeNull();
        expect((await store.openTurn(telegram(soon.userId), null, { conversation: soon })).conversation).toBeNull();
      });
    });

    describe('appendAudit', () => {
      it('appends events with and without details', async () => {
        await expect(
          store.appendAudit({
            at: '2025-07-01T08:00:00.000Z',
            action: 'report.saved',
            channel: 'console',
            actorId: null,
            unitId: null,
            reportId: null,
            rawText: 'Nghệ An 6 tháng',
            details: { created: true },
          }),
        ).resolves.toBeUndefined();
        await expect(
          store.appendAudit({
            at: '2025-07-01T08:00:01.000Z',
            action: 'query',
            channel: null,
            actorId: null,
            unitId: null,
            reportId: null,
            rawText: null,
            details: null,
          }),
        ).resolves.toBeUndefined();
      });
    });

    describeFactsContract(() => store);
    describePeopleContract(() => store);
    describePlacePicksContract(() => store);
    describeSubmissionContract(() => store);
    describeFileImportContract(() => store);
    describeInboundContract(() => store);
    describeReminderContract(() => store);
    describeRoleHoldersContract(() => store);
    describeRetentionContract(() => store);
  });
}
