/**
 * The export use case, shared by the command line and the chat: a unit and its sub-units (a province
 * with its districts and communes, a district with its communes) and the units it was formed from,
 * their figures and targets within the years asked, as an XLSX in the layout the import reads back.
 */
import { exportSheets, FIGURES_SHEET, TARGETS_SHEET } from '../../core/spreadsheet/index.js';
import { fold } from '../../core/text/fold.js';
import type { Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import { writeWorkbook } from '../../spreadsheet/index.js';

export interface ExportRequest {
  readonly unit: Unit;
  readonly from: number | null;
  readonly to: number | null;
}

export interface ExportedWorkbook {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Units covered (the unit, those under it, those it was formed from and theirs). */
  readonly units: number;
  /** Sheets of the indicators that have figures or targets. */
  readonly indicatorSheets: number;
  readonly figureRows: number;
  readonly targetRows: number;
}

/**
 * The units an export covers: the unit and every unit under it, depth first in the index's order;
 * then each unit it was formed from (a province merged on 1 July 2025 keeps its history in the old
 * provinces' rows) with the units under that one.
 */
export function exportedUnits(unit: Unit, index: UnitIndex): Unit[] {
  const out = new Map<number, Unit>();
  const visit = (u: Unit) => {
    if (out.has(u.id)) return;
    out.set(u.id, u);
    for (const child of index.childrenOf(u.id)) visit(child);
  };
  visit(unit);
  for (const predecessor of index.predecessorsOf(unit.id)) visit(predecessor.unit);
  return [...out.values()];
}

/** "baophu-nghe-an-2021-2025.xlsx". */
export function exportFileName(unit: Unit, from: number | null, to: number | null): string {
  const slug = fold(unit.nameEn || unit.name).replace(/ /g, '-') || unit.code;
  const years = from === null && to === null ? '' : from === to ? `-${from}` : `-${from ?? ''}-${to ?? ''}`.replace(/-$/, '');
  return `baophu-${slug}${years}.xlsx`;
}

/** Builds the workbook. */
export async function exportSpreadsheet(
  deps: { readonly store: FiguresStore; readonly units: () => UnitIndex },
  request: ExportRequest,
): Promise<ExportedWorkbook> {
  const units = exportedUnits(request.unit, deps.units());
  const ids = units.map((u) => u.id);
  const [reports, targets] = await Promise.all([deps.store.findReports(ids), deps.store.findTargets(ids)]);
  const sheets = exportSheets({ units, reports, targets, from: request.from, to: request.to });
  const rowsOf = (name: string) => sheets.find((s) => s.name === name)?.rows.length ?? 0;
  return {
    fileName: exportFileName(request.unit, request.from, request.to),
    bytes: await writeWorkbook(sheets),
    units: units.length,
    indicatorSheets: sheets.length - 3,
    figureRows: rowsOf(FIGURES_SHEET),
    targetRows: rowsOf(TARGETS_SHEET),
  };
}
