/**
 * Workbooks as bytes: reading a file for import (with its zip checked first) and writing sheets.
 * No file or network access: bytes in, bytes out, so the application layer may use it directly.
 */
export { fileKind, type ReadResult, readWorkbook } from './read-workbook.js';
export { writeWorkbook } from './write-workbook.js';
export { checkZip, type ZipCheck, type ZipVerdict } from './zip-guard.js';
