/**
 * The administrative units of both structures and their lineage (which unit became which): read
 * whole when the unit directory loads, written by the reference-data import.
 */
import type { Succession, Unit, UnitLevel, UnitRef } from '../core/types.js';

/** A unit to import: a stored Unit without its ids, its parent named by reference and resolved by the store. */
export interface UnitInput extends Omit<Unit, 'id' | 'parentId'> {
  /** The ASCII code name of the source list ("ba_dinh"). */
  readonly codeName: string;
  readonly parent: { readonly level: UnitLevel; readonly code: string } | null;
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

export interface UnitStore {
  /** All units of both structures (about 14,000 for the national set). */
  listUnits(): Promise<Unit[]>;
  listSuccessions(): Promise<Succession[]>;
  countUnits(): Promise<number>;
  /**
   * Inserts or updates units by (structure, level, code); parents must come earlier in the list or
   * already exist. Idempotent: a second identical import returns created 0, updated 0.
   */
  importUnits(units: readonly UnitInput[]): Promise<ImportResult>;
  /** Inserts lineage pairs by (from, to), updating part/confidence/sources; idempotent. */
  importSuccessions(pairs: readonly SuccessionInput[]): Promise<ImportResult>;
}
