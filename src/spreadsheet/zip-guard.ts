/**
 * Looks inside an XLSX's zip before any library inflates it: the central directory's entry count and
 * declared sizes must be those of a spreadsheet, and each part must unpack to exactly its declared
 * size (inflated here with a hard output limit, so a part that lies about its size stops at the limit
 * instead of filling the memory). A file that fails is a zip bomb's shape, or no zip at all.
 */
import { inflateRawSync } from 'node:zlib';
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from '../core/spreadsheet/index.js';

export type ZipVerdict = 'ok' | 'not_zip' | 'zip_bomb';

/** The verdict, and for a sound zip the rows its worksheets hold (all sheets together). */
export interface ZipCheck {
  readonly verdict: ZipVerdict;
  readonly sheetRows: number;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW_TAG = Buffer.from('<row');

/** Counts `<row …>` elements (not `<rowBreaks>`) without parsing the XML. */
function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf(ROW_TAG); at >= 0; at = xml.indexOf(ROW_TAG, at + ROW_TAG.length)) {
    const next = xml[at + ROW_TAG.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f) rows += 1;
  }
  return rows;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Zip64 marks a size or count too large for 32 bits: no spreadsheet within our limits needs it. */
const ZIP64 = 0xffffffff;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly localOffset: number;
}

function findEnd(bytes: Buffer): number {
  // The end record is at least 22 bytes and may be followed by a comment of up to 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

function entries(bytes: Buffer, end: number): Entry[] | ZipVerdict {
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count > MAX_ZIP_ENTRIES || count === 0xffff || offset === ZIP64) return 'zip_bomb';
  const list: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return 'not_zip';
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    if (entry.compressed === ZIP64 || entry.size === ZIP64 || entry.localOffset === ZIP64) return 'zip_bomb';
    list.push(entry);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return list;
}

/** Whether the part unpacks to exactly its declared size, never producing more than that; a worksheet's rows counted. */
function unpacksAsDeclared(bytes: Buffer, entry: Entry, rows: { count: number }): ZipVerdict {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) return 'not_zip';
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.length !== entry.compressed) return 'not_zip';
  if (entry.method === 0) {
    if (WORKSHEET.test(entry.name)) rows.count += countRows(data);
    return entry.size === entry.compressed ? 'ok' : 'zip_bomb';
  }
  if (entry.method !== 8) return 'not_zip';
  try {
    // One byte more than declared is enough to know it lied.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
    if (WORKSHEET.test(entry.name)) rows.count += countRows(out);
    return out.length === entry.size ? 'ok' : 'zip_bomb';
  } catch (error) {
    return error instanceof RangeError ? 'zip_bomb' : 'not_zip';
  }
}

/**
 * Checks the zip's directory and parts against the limits (MAX_ZIP_ENTRIES, MAX_UNPACKED_BYTES), and
 * counts the rows of its worksheets on the way, so that a workbook of far too many rows is refused
 * before exceljs builds them all in memory.
 */
export function checkZip(bytes: Buffer): ZipCheck {
  const verdict = (v: ZipVerdict): ZipCheck => ({ verdict: v, sheetRows: 0 });
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL) return verdict('not_zip');
  const end = findEnd(bytes);
  if (end < 0) return verdict('not_zip');
  const list = entries(bytes, end);
  if (typeof list === 'string') return verdict(list);
  const total = list.reduce((sum, e) => sum + e.size, 0);
  if (total > MAX_UNPACKED_BYTES) return verdict('zip_bomb');
  const rows = { count: 0 };
  for (const entry of list) {
    const part = unpacksAsDeclared(bytes, entry, rows);
    if (part !== 'ok') return verdict(part);
  }
  return { verdict: 'ok', sheetRows: rows.count };
}
