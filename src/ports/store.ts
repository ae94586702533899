/**
 * The storage port. Implemented by the Prisma store (PostgreSQL or embedded PGlite) and by an
 * in-memory store for tests; both pass the contract suite in test/ports/store-contract.ts.
 */
import type {
  Basis,
  BilingualText,
  Channel,
  Counts,
  IndicatorCode,
  PeriodCode,
  PlanFulfilment,
  PublishedRate,
  Report,
  Succession,
  Target,
  TargetKind,
  Unit,
  UnitLevel,
  UnitRef,
} from '../core/types.js';
import type { FileImportStore } from './file-import-store.js';
import type { InboundKey, InboundStore } from './inbound-store.js';
import type { Identity, PeopleStore, Person } from './people-store.js';
import type { PlacePicks } from './place-picks.js';
import type { ReminderStore } from './reminder-store.js';
import type { RetentionStore } from './retention.js';
import type { AuditInput, SubmissionStore } from './submission-store.js';

export type { AuditInput } from './submission-store.js';

/** A unit to import; its parent is named by reference and resolved by the store. */
export interface UnitInput extends UnitRef {
  readonly name: string;
  readonly fullName: string;
  readonly type: string;
  readonly typeCode: string;
  readonly nameEn: string;
  readonly codeName: string;
  readonly parent: { readonly level: UnitLevel; readonly code: string } | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

export interface SuccessionInput {
  readonly from: UnitRef;
  readonly to: UnitRef;
  readonly part: 'full' | 'partial' | null;
  readonly confidence: 'high' | 'medium' | 'low';
  /** Which mapping sources support the pair ("both", "dvhcvn", "tnmh", "mixed"). */
  readonly sources: string;
}

/** What an import changed; importing the same data twice reports zeros the second time. */
export interface ImportResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Figures published in a document (or a file import) for one unit and period. */
export interface DocumentReportInput {
  readonly unit: UnitRef;
  readonly period: PeriodCode | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  readonly asOf: string | null;
  readonly counts: Counts;
  readonly rates: readonly PublishedRate[];
  /** Plan fulfilment published with the figures; at most one per indicator. */
  readonly fulfilment: readonly PlanFulfilment[];
  readonly sourceDocument: string;
  readonly sourceDate: string | null;
  /** The source described for a reader in both languages, or null. */
  readonly sourceLabel: BilingualText | null;
  readonly sourceNote: string | null;
}

export interface TargetInput {
  readonly unit: UnitRef;
  readonly indicator: IndicatorCode;
  readonly year: number;
  readonly percent: number;
  readonly basis: Basis | null;
  readonly kind: TargetKind;
  readonly sourceDocument: string;
  readonly sourceDate: string | null;
  readonly label: BilingualText | null;
  readonly note: string | null;
}

/** Identifies one user's conversation in one chat. */
export interface ConversationKey {
  readonly channel: Channel;
  readonly chatId: string;
  readonly userId: string;
}

/** Short-lived state between two messages (a numbered choice list, a pending confirmation). */
export interface ConversationState {
  readonly kind: string;
  /** JSON-serialisable payload. */
  readonly payload: unknown;
  /** ISO timestamp after which the state is ignored. */
  readonly expiresAt: string;
}

/** What every message's turn reads first (Store.openTurn). */
export interface TurnOpening {
  /** The person the sender's identity is bound to, or null (PeopleStore.findPerson). */
  readonly person: Person | null;
  /** The reply already sent for this delivery, or null: not answered yet (a row without a reply counts as not), or no ledger key given. */
  readonly answered: { readonly reply: string } | null;
  /** The figures' version at this moment (factsVersion). */
  readonly factsVersion: string;
}

/**
 * Everything the service keeps: units, figures, targets, conversations, people, their picks among
 * places of one name, submissions and answered messages.
 */
export interface Store extends PeopleStore, PlacePicks, SubmissionStore, FileImportStore, InboundStore, ReminderStore, RetentionStore {
  /** All units of both structures (about 14,000 for the national set). */
  listUnits(): Promise<Unit[]>;
  listSuccessions(): Promise<Succession[]>;
  countUnits(): Promise<number>;
  /**
   * The reads every message starts with, together: one database round trip instead of three, which
   * on a deadline day is most of the database work per question.
   */
  openTurn(identity: Identity, inbound: InboundKey | null): Promise<TurnOpening>;
  /** Resolves when the database answers; rejects when it is unreachable (readiness, redelivery decisions). */
  ping(): Promise<void>;
  /**
   * Inserts or updates units by (structure, level, code); parents must come earlier in the list or
   * already exist. Idempotent: a second identical import returns created 0, updated 0.
   */
  importUnits(units: readonly UnitInput[]): Promise<ImportResult>;
  /** Inserts lineage pairs by (from, to), updating part/confidence/sources; idempotent. */
  importSuccessions(pairs: readonly SuccessionInput[]): Promise<ImportResult>;

  /**
   * Stores a document's figures as a report version. Idempotent: the same unit, period, document and
   * figures (rates with their bases, plan fulfilment, counts, source label) again change nothing
   * (created false); different ones from the same document and period become a new version that
   * supersedes the previous one.
   */
  saveDocumentReport(input: DocumentReportInput): Promise<{ readonly created: boolean; readonly reportId: number }>;
  /** Inserts or updates a target keyed by (unit, indicator, year, source document). */
  saveTarget(input: TargetInput): Promise<{ readonly created: boolean }>;
  /**
   * An opaque token that changes whenever reports, their figures, targets or a submitter's name
   * change, by any writer; while it stays the same, findReports and findTargets answer the same.
   */
  factsVersion(): Promise<string>;
  /**
   * Active report versions (not superseded, withdrawn or pending) of the given units. `asOf`, when
   * given, is a factsVersion token read after the caller's answer started (TurnOpening's): a store
   * that keeps figures in memory may trust it instead of reading the version again; others ignore it.
   */
  findReports(unitIds: readonly number[], asOf?: string): Promise<Report[]>;
  /** The targets of the given units; `asOf` as for findReports. */
  findTargets(unitIds: readonly number[], asOf?: string): Promise<Target[]>;

  getConversation(key: ConversationKey, now: Date): Promise<ConversationState | null>;
  setConversation(key: ConversationKey, state: ConversationState): Promise<void>;
  clearConversation(key: ConversationKey): Promise<void>;

  appendAudit(event: AuditInput): Promise<void>;
}
