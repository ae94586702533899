/**
 * Published figures and targets: documents' reports (versioned per document, unit and period) and
 * targets, with a version token that tells readers when any of them changed.
 */
import type { BilingualText, Counts, PeriodCode, PlanFulfilment, PublishedRate, Report, Target, UnitRef } from '../core/types.js';

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

/** A target to import: a stored Target, its unit named by reference instead of its ids. */
export interface TargetInput extends Omit<Target, 'id' | 'unitId'> {
  readonly unit: UnitRef;
}

export interface FiguresStore {
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
   * change, by any writer; while it stays the same, findReports and findTargets answer the same. Two
   * stores of one process over different data never give the same token (answers are remembered by it).
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
}
