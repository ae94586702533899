/** What can be wrong with a spreadsheet: a whole file refused, or one cell or row among others. */
import type { SubmissionProblem } from '../submission/index.js';
import type { CellProblem } from './cells.js';

/** A file refused whole, before any row is checked. */
export type FileRefusal =
  | { readonly code: 'empty' }
  | { readonly code: 'unsupported_type' }
  | { readonly code: 'not_workbook' }
  | { readonly code: 'too_big'; readonly bytes: number; readonly limit: number }
  /** The zip's parts declare more than a workbook holds (a zip bomb), or unpack to other sizes than declared. */
  | { readonly code: 'zip_bomb' }
  | { readonly code: 'no_data_sheet'; readonly found: readonly string[] }
  | { readonly code: 'missing_columns'; readonly sheet: string; readonly columns: readonly string[] }
  | { readonly code: 'merged_cells'; readonly sheet: string; readonly range: string }
  | { readonly code: 'too_many_rows'; readonly rows: number; readonly limit: number }
  /** A CSV in the older facts format (unit_structure, unit_code …): `import-facts` reads it. */
  | { readonly code: 'facts_format' }
  | { readonly code: 'no_rows' };

/** What is wrong with one cell or row. */
export type RowProblemDetail =
  | CellProblem
  | { readonly code: 'bad_code'; readonly text: string }
  | { readonly code: 'bad_structure'; readonly text: string }
  | { readonly code: 'district_after_2025'; readonly text: string }
  | { readonly code: 'unknown_unit'; readonly text: string }
  | { readonly code: 'name_mismatch'; readonly text: string; readonly unit: string }
  | { readonly code: 'out_of_scope'; readonly unit: string }
  | { readonly code: 'bad_period'; readonly text: string }
  | { readonly code: 'future_period'; readonly text: string }
  | { readonly code: 'old_period'; readonly text: string; readonly first: number }
  | { readonly code: 'duplicate_row'; readonly otherRow: number }
  | { readonly code: 'count'; readonly problem: SubmissionProblem }
  | { readonly code: 'bad_indicator'; readonly text: string }
  | { readonly code: 'bad_year'; readonly text: string }
  | { readonly code: 'bad_percent'; readonly value: number }
  | { readonly code: 'bad_basis'; readonly text: string }
  | { readonly code: 'bad_kind'; readonly text: string }
  | { readonly code: 'label_pair' };

/** One problem, where it is: the sheet, the row as the spreadsheet numbers it, and the column's header. */
export interface RowProblem {
  readonly sheet: string;
  readonly row: number;
  /** The header as the file writes it, or null for the row as a whole. */
  readonly column: string | null;
  readonly detail: RowProblemDetail;
}
