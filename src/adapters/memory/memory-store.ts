/**
 * An in-memory Store for fast tests. It behaves like the Prisma store (the same contract suite runs
 * against both): same keys, same idempotency, same versioning, percents rounded as DECIMAL(7,4) keeps them.
 */
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { BilingualText, Counts, PlanFulfilment, PublishedRate, Report, Succession, Target, Unit, UnitRef } from '../../core/types.js';
import type { ConversationKey, ConversationState } from '../../ports/conversation-store.js';
import type { Store } from '../../ports/store.js';
import type { ImportResult, UnitInput } from '../../ports/unit-store.js';
import { createMemoryAudit } from './memory-audit.js';
import { createMemoryFileImport } from './memory-file-import.js';
import { createMemoryInbound } from './memory-inbound.js';
import { createMemoryPeople } from './memory-people.js';
import { createMemoryPlacePicks } from './memory-place-picks.js';
import { createMemoryReminders } from './memory-reminders.js';
import { createMemorySubmissions } from './memory-submissions.js';
import { clone, createTables, nextId, type StoredReport, type StoredUnit, toReport } from './memory-tables.js';

const unitKey = (ref: UnitRef): string => `${ref.structure}|${ref.level}|${ref.code}`;
const conversationKey = (key: ConversationKey): string => `${key.channel}|${key.chatId}|${key.userId}`;
const roundPercent = (value: number): number => Math.round(value * 10_000) / 10_000;

let stores = 0;

/** Creates an empty in-memory Store. */
export function createMemoryStore(): Store {
  const tables = createTables();
  // Tagged with the store, so that two stores at the same version never share a token.
  const tag = `memory${(stores += 1)}`;
  const version = () => `${tag}.${tables.facts.version}`;
  const { units, reports } = tables;
  const unitIds = new Map<string, number>();
  const successions = new Map<string, Succession & { sources: string }>();
  const targets = new Map<string, Target>();
  const conversations = new Map<string, ConversationState>();
  let nextTargetId = 1;

  const requireUnit = (ref: UnitRef): number => {
    const id = unitIds.get(unitKey(ref));
    if (id === undefined) throw new NotFoundError(`Unknown unit ${unitKey(ref)}.`);
    return id;
  };

  const upsertUnit = (input: UnitInput): 'created' | 'updated' | 'unchanged' => {
    const parentId = input.parent ? requireUnit({ structure: input.structure, ...input.parent }) : null;
    const fields = {
      structure: input.structure,
      level: input.level,
      code: input.code,
      name: input.name,
      fullName: input.fullName,
      type: input.type,
      typeCode: input.typeCode,
      nameEn: input.nameEn,
      codeName: input.codeName,
      parentId,
      validFrom: input.validFrom?.slice(0, 10) ?? null,
      validTo: input.validTo?.slice(0, 10) ?? null,
      ...(input.typeChange ? { typeChange: { ...input.typeChange, on: input.typeChange.on.slice(0, 10) } } : {}),
    };
    const id = unitIds.get(unitKey(input));
    if (id === undefined) {
      units.push({ id: units.length + 1, ...fields });
      unitIds.set(unitKey(input), units.length);
      return 'created';
    }
    const next: StoredUnit = { id, ...fields };
    if (JSON.stringify(units[id - 1]) === JSON.stringify(next)) return 'unchanged';
    units[id - 1] = next;
    return 'updated';
  };

  const setConversation = (key: ConversationKey, state: ConversationState): void => {
    const payload = state.payload === undefined ? null : clone(state.payload);
    conversations.set(conversationKey(key), { kind: state.kind, payload, expiresAt: new Date(state.expiresAt).toISOString() });
  };

  const people = createMemoryPeople(tables);
  const inbound = createMemoryInbound();
  const reminders = createMemoryReminders(tables);
  return {
    ...people,
    ...createMemoryPlacePicks(tables),
    ...createMemorySubmissions(tables),
    ...createMemoryAudit(tables),
    ...createMemoryFileImport(tables, { byKey: targets, nextId: () => nextTargetId++ }),
    markAnswered: inbound.markAnswered,
    async pruneOperational(cutoffs) {
      let expired = 0;
      for (const [key, state] of conversations) {
        if (Date.parse(state.expiresAt) >= cutoffs.conversationsExpiredBefore.getTime()) continue;
        conversations.delete(key);
        expired += 1;
      }
      return { inbound: await inbound.prune(cutoffs.inboundBefore), conversations: expired };
    },
    ...reminders,
    listUnits: async (): Promise<Unit[]> => units.map(({ codeName: _codeName, ...unit }) => unit),
    listSuccessions: async () => [...successions.values()].map(({ sources: _sources, ...s }) => s),
    countUnits: async () => units.length,
    openTurn: async (identity, key, also) => {
      if (also?.reactivate) await reminders.reactivateChat(also.reactivate);
      const conversation = also?.conversation ? conversations.get(conversationKey(also.conversation)) : undefined;
      return {
        person: await people.findPerson(identity),
        answered: key ? await inbound.findAnswered(key) : null,
        factsVersion: version(),
        conversation: conversation ? clone(conversation) : null,
      };
    },
    ping: async () => undefined,

    async importUnits(list) {
      const seen = new Set<string>();
      const result = { created: 0, updated: 0, unchanged: 0 };
      for (const input of list) {
        if (seen.has(unitKey(input))) throw new ConflictError(`Unit ${unitKey(input)} appears twice in the import.`);
        seen.add(unitKey(input));
        result[upsertUnit(input)] += 1;
      }
      return result;
    },

    async importSuccessions(pairs) {
      const result: { created: number; updated: number; unchanged: number } = { created: 0, updated: 0, unchanged: 0 };
      for (const pair of pairs) {
        const next = {
          fromUnitId: requireUnit(pair.from),
          toUnitId: requireUnit(pair.to),
          part: pair.part,
          confidence: pair.confidence,
          sources: pair.sources,
        };
        const key = `${next.fromUnitId}>${next.toUnitId}`;
        const existing = successions.get(key);
        if (!existing) result.created += 1;
        else if (JSON.stringify(existing) !== JSON.stringify(next)) result.updated += 1;
        else {
          result.unchanged += 1;
          continue;
        }
        successions.set(key, next);
      }
      return result satisfies ImportResult;
    },

    async saveDocumentReport(input) {
      const unitId = requireUnit(input.unit);
      const seriesKey = `doc:${input.sourceDocument}`;
      const series = reports.filter((r) => r.unitId === unitId && r.period === input.period && r.seriesKey === seriesKey);
      const activeIndex = reports.findIndex((r) => series.includes(r) && r.status === 'active');
      const active = reports[activeIndex];
      const counts = definedCounts(input.counts);
      const rates = input.rates.map((r) => ({ ...r, percent: roundPercent(r.percent) }));
      const fulfilment = input.fulfilment.map((f) => ({ ...f, percent: roundPercent(f.percent) }));
      if (active && sameFigures(active, { counts, rates, fulfilment, label: input.sourceLabel })) {
        return { created: false, reportId: active.id };
      }
      if (active) reports[activeIndex] = { ...active, status: 'superseded' };
      const report: StoredReport = {
        id: nextId(tables, 'report'),
        unitId,
        period: input.period,
        asOf: input.asOf ?? input.periodEnd,
        counts,
        rates,
        fulfilment,
        version: Math.max(0, ...series.map((r) => r.version)) + 1,
        source: {
          kind: 'document',
          document: input.sourceDocument,
          date: input.sourceDate,
          label: input.sourceLabel,
          note: input.sourceNote,
          submittedBy: null,
          channel: null,
        },
        createdAt: new Date().toISOString(),
        seriesKey,
        status: 'active',
        supersedesId: active?.id ?? null,
        messageKey: null,
        rawText: null,
        onTime: null,
        submittedById: null,
      };
      reports.push(report);
      tables.facts.version += 1;
      return { created: true, reportId: report.id };
    },

    async saveTarget(input) {
      const unitId = requireUnit(input.unit);
      const key = `${unitId}|${input.indicator}|${input.year}|${input.sourceDocument}`;
      const existing = targets.get(key);
      targets.set(key, {
        id: existing?.id ?? nextTargetId++,
        unitId,
        indicator: input.indicator,
        year: input.year,
        percent: roundPercent(input.percent),
        basis: input.basis,
        kind: input.kind,
        sourceDocument: input.sourceDocument,
        sourceDate: input.sourceDate,
        label: input.label,
        note: input.note,
      });
      tables.facts.version += 1;
      return { created: !existing };
    },

    factsVersion: async () => version(),
    findReports: async (ids) => reports.filter((r) => r.status === 'active' && ids.includes(r.unitId)).map(toReport),
    findTargets: async (ids) =>
      [...targets.values()]
        .filter((t) => ids.includes(t.unitId))
        .sort((a, b) => a.id - b.id)
        .map((t) => ({ ...t })),

    async getConversation(key, now) {
      const state = conversations.get(conversationKey(key));
      if (!state || Date.parse(state.expiresAt) <= now.getTime()) return null;
      return clone(state);
    },
    setConversation: async (key, state) => setConversation(key, state),
    // Nothing to wait for in memory: written at once.
    setConversationSoon: async (key, state) => setConversation(key, state),
    async clearConversation(key) {
      conversations.delete(conversationKey(key));
    },
  };
}

function definedCounts(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== undefined));
}

/** What a document report says: figures compared for idempotency, whatever their order. */
interface Said {
  readonly counts: Counts;
  readonly rates: readonly PublishedRate[];
  readonly fulfilment: readonly PlanFulfilment[];
  readonly label: BilingualText | null;
}

function sameFigures(report: Report, next: Said): boolean {
  const byIndicator = (x: readonly unknown[], y: readonly unknown[]) => String(x[0]).localeCompare(String(y[0]));
  const fingerprint = (said: Said) =>
    JSON.stringify([
      Object.entries(said.counts).sort(),
      said.rates.map((r) => [r.indicator, r.percent, r.numerator, r.denominator, r.denominatorNote, r.basis]).sort(byIndicator),
      said.fulfilment.map((f) => [f.indicator, f.percent, f.note]).sort(byIndicator),
      said.label && [said.label.vi, said.label.en],
    ]);
  return fingerprint({ ...report, label: report.source.label }) === fingerprint(next);
}
