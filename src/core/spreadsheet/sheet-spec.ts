/** A workbook described as plain data, for the adapter to write (numbers stay numbers, formats per column). */
import type { ColumnFormat } from './layout.js';

/** A cell's value: text, a number (a percent column holds a fraction: 0.1683 for 16,83%), an ISO date for a date column, or nothing. */
export type SpecValue = string | number | null;

export interface SpecColumn {
  readonly header: string;
  readonly width: number;
  readonly format: ColumnFormat;
}

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly SpecColumn[];
  readonly rows: readonly (readonly SpecValue[])[];
}
