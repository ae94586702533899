/**
 * The SubmissionStore part of the Store contract: a correction is the next version and supersedes the
 * active one, an undo withdraws it and restores what it superseded, nothing is overwritten.
 */
import { describe, expect, it } from 'vitest';
import type { AuditLog } from '../../src/ports/audit-log.js';
import type { FiguresStore } from '../../src/ports/figures-store.js';
import type { PeopleStore } from '../../src/ports/people-store.js';
import type { SubmissionStore, SubmissionVersion } from '../../src/ports/submission-store.js';
import type { UnitStore } from '../../src/ports/unit-store.js';
import { makeSubmission, makeUnits, NOW, registerPerson } from './store-fixtures.js';

/** The civil day in Vietnam of an ISO timestamp: the day a submission counts as received. */
const vietnamDay = (iso: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));

const statuses = (versions: readonly SubmissionVersion[]) => versions.map((v) => [v.version, v.status]);

/** Registers the SubmissionStore tests; `store` gives the suite's store once it is open. */
export function describeSubmissionContract(store: () => UnitStore & FiguresStore & AuditLog & PeopleStore & SubmissionStore): void {
  /** A unit with one registered focal point. */
  const setUp = async (code: string) => {
    const [unitId] = await makeUnits(store(), code);
    const person = await registerPerson(store(), unitId!, `fp-${code}`, `Focal ${code}`);
    return { unitId: unitId!, personId: person.id };
  };

  describe('saveSubmission', () => {
    it('stores version 1 with its counts, source and status, and counts it as a figure', async () => {
      const { unitId, personId } = await setUp('S1');
      const saved = await store().saveSubmission(makeSubmission(unitId, personId, { messageKey: 'telegram/-1/101' }));
      expect(saved.created).toBe(true);
      expect(saved.previous).toBeNull();
      expect(saved.version).toMatchObject({
        unitId,
        period: '2025-6M',
        asOf: '2025-06-30',
        version: 1,
        status: 'active',
        onTime: true,
        submittedById: personId,
        counts: { bb: 41_200, tn: 3_150, ld: 180_000 },
        rates: [],
        source: { kind: 'submission', document: null, note: null, submittedBy: 'Focal S1', channel: 'telegram' },
      });
      expect(saved.version.createdAt).toBe(NOW.toISOString());
      expect(saved.version.source.date).toBe(vietnamDay(saved.version.createdAt));
      expect(await store().findSubmission(unitId, '2025-6M')).toEqual(saved.version);
      const { status: _status, onTime: _onTime, submittedById: _by, ...report } = saved.version;
      expect(await store().findReports([unitId])).toEqual([report]);
    });

    it('stores a new version’s audit event with it, and neither when the event cannot be stored', async () => {
      const { unitId, personId } = await setUp('SA');
      const audit = (actorId: number) => (saved: { version: SubmissionVersion; previous: SubmissionVersion | null }) => ({
        at: NOW.toISOString(),
        action: saved.previous ? 'correct' : 'submit',
        channel: 'telegram' as const,
        actorId,
        unitId,
        reportId: saved.version.id,
        rawText: 'nop 6T/2025 bb 41.200',
        details: { version: saved.version.version },
      });
      const first = await store().saveSubmission({ ...makeSubmission(unitId, personId, { messageKey: 'telegram/-10/1' }), audit: audit(personId) });
      const events = await store().listAudit(unitId, 10);
      expect(events.map((e) => [e.action, e.reportId, e.details])).toEqual([['submit', first.version.id, { version: 1 }]]);
      // A redelivery stores no second event.
      await store().saveSubmission({ ...makeSubmission(unitId, personId, { messageKey: 'telegram/-10/1' }), audit: audit(personId) });
      expect(await store().listAudit(unitId, 10)).toHaveLength(1);
      // An event naming a person who does not exist cannot be stored: nor is the version.
      await expect(store().saveSubmission({ ...makeSubmission(unitId, personId, { counts: { bb: 7 } }), audit: audit(987_654) })).rejects.toThrow();
      expect((await store().findSubmission(unitId, '2025-6M'))?.id).toBe(first.version.id);
      expect(await store().submissionHistory(unitId, '2025-6M')).toHaveLength(1);
    });

    it('stores the given recordedAt as createdAt, to the millisecond, and its day in Vietnam as the source date', async () => {
      const { unitId, personId } = await setUp('S7');
      // 06:30:00.123 on 5 July in Hà Nội: still 4 July in UTC.
      const recordedAt = '2025-07-04T23:30:00.123Z';
      const saved = await store().saveSubmission(makeSubmission(unitId, personId, { recordedAt, messageKey: 'telegram/-7/1' }));
      expect(saved.version.createdAt).toBe(recordedAt);
      expect(saved.version.source.date).toBe('2025-07-05');
      expect((await store().findSubmission(unitId, '2025-6M'))?.createdAt).toBe(recordedAt);
      expect((await store().findLastSubmissionBy(personId))?.createdAt).toBe(recordedAt);
      expect((await store().findReports([unitId])).map((r) => r.createdAt)).toEqual([recordedAt]);
      const later = '2025-07-05T00:40:00.000Z';
      const again = await store().saveSubmission(makeSubmission(unitId, personId, { recordedAt: later, messageKey: 'telegram/-7/1' }));
      expect(again).toMatchObject({ created: false, version: { createdAt: recordedAt } });
      const correction = await store().saveSubmission(makeSubmission(unitId, personId, { recordedAt: later, counts: { bb: 2 } }));
      expect(correction.version).toMatchObject({ createdAt: later, source: { date: '2025-07-05' } });
      expect(correction.previous?.createdAt).toBe(recordedAt);
      const undone = await store().withdrawSubmission(correction.version.id);
      expect([undone?.withdrawn.createdAt, undone?.restored?.createdAt]).toEqual([later, recordedAt]);
      expect((await store().submissionHistory(unitId, '2025-6M')).map((v) => v.createdAt)).toEqual([later, recordedAt]);
    });

    it('keeps the instant of a recordedAt written with an offset, and rejects one that is not a timestamp', async () => {
      const { unitId, personId } = await setUp('S8');
      const saved = await store().saveSubmission(makeSubmission(unitId, personId, { recordedAt: '2025-07-05T06:30:00.5+07:00' }));
      expect(saved.version.createdAt).toBe('2025-07-04T23:30:00.500Z');
      expect(saved.version.source.date).toBe('2025-07-05');
      await expect(store().saveSubmission(makeSubmission(unitId, personId, { recordedAt: 'yesterday' }))).rejects.toThrow();
      expect(await store().submissionHistory(unitId, '2025-6M')).toHaveLength(1);
    });

    it('makes a correction the next version and supersedes the active one', async () => {
      const { unitId, personId } = await setUp('S2');
      const first = await store().saveSubmission(makeSubmission(unitId, personId));
      const second = await store().saveSubmission(makeSubmission(unitId, personId, { counts: { bb: 41_500 }, onTime: false }));
      expect(second.created).toBe(true);
      expect(second.version).toMatchObject({ version: 2, status: 'active', counts: { bb: 41_500 }, onTime: false });
      expect(second.previous).toEqual({ ...first.version, status: 'superseded' });
      expect(await store().findSubmission(unitId, '2025-6M')).toEqual(second.version);
      expect((await store().findReports([unitId])).map((r) => r.id)).toEqual([second.version.id]);
      expect(statuses(await store().submissionHistory(unitId, '2025-6M'))).toEqual([
        [2, 'active'],
        [1, 'superseded'],
      ]);
    });

    it('keeps periods apart', async () => {
      const { unitId, personId } = await setUp('S3');
      await store().saveSubmission(makeSubmission(unitId, personId));
      const year = await store().saveSubmission(
        makeSubmission(unitId, personId, {
          period: '2025',
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          onTime: null,
        }),
      );
      expect(year.version).toMatchObject({ version: 1, period: '2025', asOf: '2025-12-31', onTime: null });
      expect(year.previous).toBeNull();
      expect(await store().findReports([unitId])).toHaveLength(2);
    });

    it('stores a message delivered twice once and returns the stored version', async () => {
      const { unitId, personId } = await setUp('S4');
      await store().saveSubmission(makeSubmission(unitId, personId));
      const first = await store().saveSubmission(makeSubmission(unitId, personId, { messageKey: 'telegram/-4/7', counts: { bb: 1 } }));
      const again = await store().saveSubmission(makeSubmission(unitId, personId, { messageKey: 'telegram/-4/7', counts: { bb: 2 } }));
      expect(again).toEqual({ created: false, version: first.version, previous: first.previous });
      expect(statuses(await store().submissionHistory(unitId, '2025-6M'))).toEqual([
        [2, 'active'],
        [1, 'superseded'],
      ]);
    });

    it('stores every message without a message key', async () => {
      const { unitId, personId } = await setUp('S5');
      await store().saveSubmission(makeSubmission(unitId, personId, { channel: 'console' }));
      const again = await store().saveSubmission(makeSubmission(unitId, personId, { channel: 'console' }));
      expect(again).toMatchObject({ created: true, version: { version: 2, source: { channel: 'console' } } });
    });

    it('rejects a submission for an unknown unit', async () => {
      const { personId } = await setUp('S6');
      await expect(store().saveSubmission(makeSubmission(999_999, personId))).rejects.toThrow();
    });
  });

  describe('factsVersion', () => {
    it('changes when a submission is saved and when it is withdrawn', async () => {
      const { unitId, personId } = await setUp('S9');
      const before = await store().factsVersion();
      const saved = await store().saveSubmission(makeSubmission(unitId, personId, { messageKey: 'telegram/-9/1' }));
      const afterSave = await store().factsVersion();
      expect(afterSave).not.toBe(before);
      await store().withdrawSubmission(saved.version.id);
      expect(await store().factsVersion()).not.toBe(afterSave);
    });
  });

  describe('withdrawSubmission', () => {
    it('withdraws the active version and restores the one it superseded', async () => {
      const { unitId, personId } = await setUp('W1');
      const v1 = await store().saveSubmission(makeSubmission(unitId, personId));
      const v2 = await store().saveSubmission(makeSubmission(unitId, personId, { counts: { bb: 2 } }));
      const undone = await store().withdrawSubmission(v2.version.id);
      expect(undone).toEqual({ withdrawn: { ...v2.version, status: 'withdrawn' }, restored: { ...v1.version, status: 'active' } });
      expect(await store().findSubmission(unitId, '2025-6M')).toEqual({ ...v1.version, status: 'active' });
      expect((await store().findReports([unitId])).map((r) => r.id)).toEqual([v1.version.id]);
    });

    it('returns null for a version that is not active, and for an unknown one', async () => {
      const { unitId, personId } = await setUp('W2');
      const v1 = await store().saveSubmission(makeSubmission(unitId, personId));
      const v2 = await store().saveSubmission(makeSubmission(unitId, personId, { counts: { bb: 2 } }));
      expect(await store().withdrawSubmission(v1.version.id)).toBeNull();
      expect(await store().withdrawSubmission(v2.version.id)).not.toBeNull();
      expect(await store().withdrawSubmission(v2.version.id)).toBeNull();
      expect(await store().withdrawSubmission(999_999)).toBeNull();
      expect(statuses(await store().submissionHistory(unitId, '2025-6M'))).toEqual([
        [2, 'withdrawn'],
        [1, 'active'],
      ]);
    });

    it('never reuses a version number and walks back the supersede chain', async () => {
      const { unitId, personId } = await setUp('W3');
      const save = (bb: number) => store().saveSubmission(makeSubmission(unitId, personId, { counts: { bb } }));
      const v1 = await save(1);
      const v2 = await save(2);
      const v3 = await save(3);
      await store().withdrawSubmission(v3.version.id);
      const v4 = await save(4);
      expect(v4.version.version).toBe(4);
      expect(v4.previous).toMatchObject({ id: v2.version.id, status: 'superseded' });
      expect(statuses(await store().submissionHistory(unitId, '2025-6M'))).toEqual([
        [4, 'active'],
        [3, 'withdrawn'],
        [2, 'superseded'],
        [1, 'superseded'],
      ]);
      expect((await store().withdrawSubmission(v4.version.id))?.restored?.id).toBe(v2.version.id);
      expect((await store().withdrawSubmission(v2.version.id))?.restored?.id).toBe(v1.version.id);
      expect(await store().withdrawSubmission(v1.version.id)).toMatchObject({ withdrawn: { version: 1 }, restored: null });
      expect(await store().findSubmission(unitId, '2025-6M')).toBeNull();
      expect(await store().findReports([unitId])).toEqual([]);
      const v5 = await save(5);
      expect(v5).toMatchObject({ created: true, version: { version: 5, status: 'active' }, previous: null });
      expect(statuses(await store().submissionHistory(unitId, '2025-6M'))).toEqual([
        [5, 'active'],
        [4, 'withdrawn'],
        [3, 'withdrawn'],
        [2, 'withdrawn'],
        [1, 'withdrawn'],
      ]);
    });

    it('does not withdraw a document report', async () => {
      const [unitId] = await makeUnits(store(), 'W4');
      const doc = await store().saveDocumentReport({
        unit: { structure: 'pre2025', level: 'province', code: 'W4' },
        period: '2025-6M',
        periodStart: '2025-01-01',
        periodEnd: '2025-06-30',
        asOf: null,
        counts: { bb: 1 },
        rates: [],
        fulfilment: [],
        sourceDocument: '1/BC',
        sourceDate: null,
        sourceLabel: null,
        sourceNote: null,
      });
      expect(await store().withdrawSubmission(doc.reportId)).toBeNull();
      expect(await store().findReports([unitId!])).toHaveLength(1);
    });
  });

  describe('reading submissions', () => {
    it('finds the last active submission a person made', async () => {
      const [a, b] = await makeUnits(store(), 'RD1', 'RD2');
      const person = await registerPerson(store(), a!, 'rd-fp', 'Chị Ngọc');
      expect(await store().findLastSubmissionBy(person.id)).toBeNull();
      const first = await store().saveSubmission(makeSubmission(a!, person.id));
      const second = await store().saveSubmission(makeSubmission(b!, person.id, { period: '2025-Q2', periodStart: '2025-04-01' }));
      expect(await store().findLastSubmissionBy(person.id)).toEqual(second.version);
      await store().withdrawSubmission(second.version.id);
      expect(await store().findLastSubmissionBy(person.id)).toEqual(first.version);
      expect(await store().findLastSubmissionBy(999_999)).toBeNull();
    });

    it('gives an empty history for a period without submissions', async () => {
      const [unitId] = await makeUnits(store(), 'RD3');
      expect(await store().submissionHistory(unitId!, '2025-6M')).toEqual([]);
      expect(await store().findSubmission(unitId!, '2025-6M')).toBeNull();
    });

    it('lists only the active submissions of a period among the given units', async () => {
      const [a, b, c, d] = await makeUnits(store(), 'RD4', 'RD5', 'RD6', 'RD7');
      const person = await registerPerson(store(), a!, 'rd4-fp', 'Anh Bình');
      await store().saveSubmission(makeSubmission(a!, person.id, { counts: { bb: 1 } }));
      const aLatest = await store().saveSubmission(makeSubmission(a!, person.id, { counts: { bb: 2 } }));
      const withdrawn = await store().saveSubmission(makeSubmission(b!, person.id));
      await store().withdrawSubmission(withdrawn.version.id);
      await store().saveSubmission(makeSubmission(c!, person.id, { period: '2025-Q2', periodStart: '2025-04-01' }));
      const dOnly = await store().saveSubmission(makeSubmission(d!, person.id));
      const found = await store().submissionsForPeriod([a!, b!, c!], '2025-6M');
      expect(found).toEqual([aLatest.version]);
      expect((await store().submissionsForPeriod([a!, d!], '2025-6M')).map((v) => v.id).sort((x, y) => x - y)).toEqual(
        [aLatest.version.id, dOnly.version.id].sort((x, y) => x - y),
      );
      expect(await store().submissionsForPeriod([], '2025-6M')).toEqual([]);
    });
  });

  describe('listAudit', () => {
    /** 08:`minute` UTC on 1 July 2025, as an ISO timestamp. */
    const auditAt = (minute: number): string => new Date(Date.UTC(2025, 6, 1, 8, minute)).toISOString();

    it("lists a unit's events newest first with the actor's name, up to a limit", async () => {
      const [unitId, other] = await makeUnits(store(), 'AU1', 'AU2');
      const person = await registerPerson(store(), unitId!, 'au1', 'Chị Thu');
      const event = { channel: 'telegram' as const, actorId: person.id, unitId: unitId!, reportId: null, rawText: null, details: null };
      await store().appendAudit({ ...event, at: auditAt(1), action: 'first' });
      await store().appendAudit({ ...event, at: auditAt(2), action: 'second', rawText: 'nop bb 1', details: { version: 2 } });
      await store().appendAudit({ ...event, at: auditAt(3), action: 'third', actorId: null, channel: null });
      await store().appendAudit({ ...event, at: auditAt(4), action: 'elsewhere', unitId: other! });
      const events = await store().listAudit(unitId!, 10);
      expect(events.map((e) => e.action)).toEqual(['third', 'second', 'first']);
      expect(events[1]).toMatchObject({
        at: auditAt(2),
        action: 'second',
        actorId: person.id,
        actorName: 'Chị Thu',
        channel: 'telegram',
        unitId,
        reportId: null,
        rawText: 'nop bb 1',
        details: { version: 2 },
      });
      expect(events[0]).toMatchObject({ actorId: null, actorName: null, channel: null, details: null });
      expect((await store().listAudit(unitId!, 2)).map((e) => e.action)).toEqual(['third', 'second']);
      expect(await store().listAudit(999_999, 10)).toEqual([]);
    });

    it('stores the given at exactly and orders by it, not by when the event was appended', async () => {
      const [unitId] = await makeUnits(store(), 'AU3');
      const event = { channel: null, actorId: null, unitId: unitId!, reportId: null, rawText: null, details: null };
      await store().appendAudit({ ...event, at: '2025-07-01T08:30:00.987Z', action: 'late' });
      await store().appendAudit({ ...event, at: '2025-07-01T15:10:00.000+07:00', action: 'early' });
      await store().appendAudit({ ...event, at: '2025-07-01T08:30:00.987Z', action: 'late-too' });
      const events = await store().listAudit(unitId!, 10);
      expect(events.map((e) => [e.action, e.at])).toEqual([
        ['late-too', '2025-07-01T08:30:00.987Z'],
        ['late', '2025-07-01T08:30:00.987Z'],
        ['early', '2025-07-01T08:10:00.000Z'],
      ]);
      await expect(store().appendAudit({ ...event, at: 'now', action: 'bad' })).rejects.toThrow();
      expect(await store().listAudit(unitId!, 10)).toHaveLength(3);
    });
  });
}
