/** One data row being checked: its cells by column id, and the problems found so far. */
import { fold } from '../text/fold.js';
import type { Structure, Unit, UnitLevel, UnitRef } from '../types.js';
import { type Cell, EMPTY, type Read, readText, type SheetRow } from './cells.js';
import type { ColumnMap } from './columns.js';
import { STRUCTURE_WORDS } from './layout.js';
import type { RowProblem, RowProblemDetail } from './problems.js';

/** What checking a row needs to know beyond the file. */
export interface CheckContext {
  /** The unit with this identity, if it exists. */
  readonly findUnit: (ref: UnitRef) => Unit | undefined;
  /** Whether the importing administrator may write figures for the unit. */
  readonly inScope: (unit: Unit) => boolean;
  /** Today's civil date in Vietnam (ISO): periods that have not begun are refused. */
  readonly today: string;
  /** The file is a CSV: numbers come as text. */
  readonly textOnly: boolean;
}

export class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    readonly sheet: string,
    readonly row: SheetRow,
    private readonly columns: ColumnMap,
  ) {}

  cell(id: string): Cell {
    const at = this.columns.at.get(id);
    return at === undefined ? EMPTY : (this.row.cells[at] ?? EMPTY);
  }

  fail(id: string | null, detail: RowProblemDetail): null {
    this.problems.push({ sheet: this.sheet, row: this.row.row, column: id === null ? null : this.columns.header(id), detail });
    return null;
  }

  /** The cell's value, or null after recording its problem. */
  take<T>(id: string, read: Read<T>): T | null {
    return read.ok ? read.value : this.fail(id, read.problem);
  }

  text(id: string): string | null {
    return this.take(id, readText(this.cell(id)));
  }
}

const LEVEL_OF_DIGITS: Readonly<Record<number, UnitLevel>> = { 2: 'province', 3: 'district', 5: 'commune' };

function structureOf(text: string): Structure | null {
  const folded = fold(text);
  for (const [structure, words] of Object.entries(STRUCTURE_WORDS) as [Structure, readonly string[]][]) {
    if (words.some((w) => fold(w) === folded)) return structure;
  }
  return null;
}

/**
 * A code typed as a number loses its leading zeros: 1 is province "01", 412 district "412", 4 digits
 * or more a commune's five ("00004"). A name in the row catches a code read the wrong way.
 */
function codeOf(cell: Cell, text: string): string {
  if (cell.kind !== 'number') return text;
  return text.length <= 2 ? text.padStart(2, '0') : text.length === 3 ? text : text.padStart(5, '0');
}

/** The row's unit: it exists, its name (when given) is its own, and the administrator may write for it. */
export function readUnit(r: RowReader, ctx: CheckContext): Unit | null {
  const codeText = r.text('unit_code');
  const structureText = r.text('unit_structure');
  if (codeText === null) return r.fail('unit_code', { code: 'missing' });
  const code = codeOf(r.cell('unit_code'), codeText);
  const level = /^\d+$/.test(code) ? LEVEL_OF_DIGITS[code.length] : undefined;
  if (level === undefined) return r.fail('unit_code', { code: 'bad_code', text: codeText });
  if (structureText === null) return r.fail('unit_structure', { code: 'missing' });
  const structure = structureOf(structureText);
  if (structure === null) return r.fail('unit_structure', { code: 'bad_structure', text: structureText });
  if (structure === 'post2025' && level === 'district') return r.fail('unit_code', { code: 'district_after_2025', text: code });
  const unit = ctx.findUnit({ structure, level, code });
  if (!unit) return r.fail('unit_code', { code: 'unknown_unit', text: code });
  const name = r.text('unit_name');
  if (name !== null && ![unit.name, unit.fullName, unit.nameEn].some((n) => fold(n) === fold(name))) {
    return r.fail('unit_name', { code: 'name_mismatch', text: name, unit: unit.fullName });
  }
  if (!ctx.inScope(unit)) return r.fail('unit_code', { code: 'out_of_scope', unit: unit.fullName });
  return unit;
}
