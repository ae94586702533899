/**
 * The import use case, shared by the command line and the chat: a file's bytes → refused whole, or
 * every bad row listed and nothing stored, or every row stored in one transaction as new versions
 * with the file as their source. The same file twice stores nothing the second time.
 */
import { createHash } from 'node:crypto';
import { vietnamDate } from '../../core/civil-time/index.js';
import { checkImport, composeImported, composeRefusal, composeRowProblems, FIGURES_SHEET } from '../../core/spreadsheet/index.js';
import type { Channel, Language, Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { FileImportResult, FileImportStore } from '../../ports/file-import-store.js';
import { readWorkbook } from '../../spreadsheet/index.js';

export interface ImportRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The units the administrator may write for: every unit, or these ids. */
  readonly scope: 'all' | readonly number[];
  readonly language: Language;
  /** Who imports: null for the command line's local administrator. */
  readonly personId: number | null;
  readonly channel: Channel | null;
  readonly now: Date;
}

/** The reply, and what was stored (null when the file was refused or had bad rows). */
export interface ImportOutcome {
  readonly text: string;
  readonly stored: FileImportResult | null;
}

const refKey = (structure: string, level: string, code: string) => `${structure}|${level}|${code}`;

/** Checks and imports one file. */
export async function importSpreadsheet(
  deps: { readonly store: FileImportStore; readonly units: () => UnitIndex },
  request: ImportRequest,
): Promise<ImportOutcome> {
  const lang = request.language;
  const read = await readWorkbook(request.fileName, request.bytes);
  if (read.kind === 'refused') return { text: composeRefusal(read.refusal, lang), stored: null };
  const index = deps.units();
  const byRef = new Map<string, Unit>(index.units.map((u) => [refKey(u.structure, u.level, u.code), u]));
  const scope = request.scope === 'all' ? null : new Set(request.scope);
  const check = checkImport(read.book, {
    findUnit: (ref) => byRef.get(refKey(ref.structure, ref.level, ref.code)),
    inScope: (unit) => scope === null || scope.has(unit.id),
    today: vietnamDate(request.now),
    textOnly: read.book.textOnly,
  });
  if (check.kind === 'refused') return { text: composeRefusal(check.refusal, lang), stored: null };
  if (check.kind === 'invalid') return { text: composeRowProblems(check.problems, lang), stored: null };
  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  const origin = (sheet: string, row: number) => `${request.fileName} / ${sheet} / ${row}`;
  const at = request.now.toISOString();
  // One audit event for the file, stored with its rows (both or neither).
  const stored = await deps.store.importFile({
    file: { name: request.fileName, sha256 },
    recordedAt: at,
    personId: request.personId,
    channel: request.channel,
    figures: check.figures.map(({ row, ...f }) => ({ ...f, origin: origin(FIGURES_SHEET, row) })),
    targets: check.targets.map(({ row: _row, ...t }) => t),
    audit: (result) => ({
      at,
      action: 'import',
      channel: request.channel,
      actorId: request.personId,
      unitId: null,
      reportId: null,
      rawText: request.fileName,
      details: { file: request.fileName, sha256, figures: result.figures, targets: result.targets },
    }),
  });
  return { text: composeImported(request.fileName, stored, lang), stored };
}
