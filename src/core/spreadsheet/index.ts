/** Spreadsheets: the layout of the import template and the export, checking a file's rows, and the replies. */
export type { Cell, Sheet, SheetRow, WorkbookData } from './cells.js';
export type { CheckedFigures } from './check-figures.js';
export { checkImport, type ImportCheck } from './check-import.js';
export type { CheckedTarget } from './check-targets.js';
export { type ExportInput, exportSheets } from './export-sheets.js';
export * from './layout.js';
export type { FileRefusal, RowProblem, RowProblemDetail } from './problems.js';
export { readSpreadsheetRequest, type SpreadsheetRequest } from './read-request.js';
export type { CheckContext } from './row-reader.js';
export type { SheetSpec, SpecColumn, SpecValue } from './sheet-spec.js';
export { templateSheets } from './template-sheets.js';
export * from './texts.js';
