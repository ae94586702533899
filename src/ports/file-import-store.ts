/**
 * Storing a checked spreadsheet of figures and targets (the import of a workbook or CSV) in one go.
 * Part of the Store port. Figures go into the series of chat submissions as the next version of their
 * unit and period, with the file as their source; targets are kept by (unit, indicator, year, source
 * document), as documents' targets are.
 */
import type { Channel, Counts, PeriodCode, Target } from '../core/types.js';
import type { AuditInput } from './audit-log.js';

/** The counts of one unit and period, as one row of the file gives them. */
export interface ImportedFigures {
  readonly unitId: number;
  readonly period: PeriodCode;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly counts: Counts;
  /** Where in the file the row was ("nhap-lieu.xlsx / Số liệu / 5"): kept as the version's raw text. */
  readonly origin: string;
}

/** A target of one unit, indicator and year, from one source document (a stored Target without its id). */
export type ImportedTarget = Omit<Target, 'id'>;

/** A whole checked file: stored entirely or not at all. */
export interface FileImportInput {
  /** The file's name as sent or given, and the SHA-256 of its bytes (hex): the source of every new version. */
  readonly file: { readonly name: string; readonly sha256: string };
  /** When it was imported by the application's clock (ISO timestamp): the new versions' createdAt. */
  readonly recordedAt: string;
  /** The administrator who sent it, or null for the command line. */
  readonly personId: number | null;
  readonly channel: Channel | null;
  readonly figures: readonly ImportedFigures[];
  readonly targets: readonly ImportedTarget[];
  /** The audit event of the import, given what it did: stored in the same transaction (both or neither). */
  readonly audit?: (result: FileImportResult) => AuditInput;
}

/** What an import did to one kind of row. */
export interface ImportTally {
  /** Rows for a unit and period (figures) or a target key that had nothing before. */
  readonly created: number;
  /** Rows that differ from what was stored: a new version (figures), an updated target. */
  readonly changed: number;
  /** Rows equal to what is stored: nothing written. */
  readonly unchanged: number;
}

export interface FileImportResult {
  readonly figures: ImportTally;
  readonly targets: ImportTally;
}

export interface FileImportStore {
  /**
   * In one transaction: each figures row whose counts differ from the active version of its unit and
   * period in the submission series (or that has none) becomes the next version, superseding it, with
   * source kind "import", the file's name as document and "sha256:<hex>" as note; each target is
   * inserted, updated when it differs, or left alone. Importing the same rows again writes nothing.
   */
  importFile(input: FileImportInput): Promise<FileImportResult>;
}
