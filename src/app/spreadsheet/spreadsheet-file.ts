/**
 * A spreadsheet sent to the bot as a file (a Telegram document): an administrator's import, within
 * what they administer (and the old units theirs were formed from), answered with the counts or every bad row. Anyone else is told politely that
 * only administrators import, and how to submit figures. The file's size is checked before it is
 * fetched; its type by its name. Another kind of file is left to the other features, which read its
 * caption as they read a photo's.
 */
import { composeFileNotFetched, composeFileTooLarge, composeImportNotAllowed, composeRefusal, MAX_FILE_BYTES } from '../../core/spreadsheet/index.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { FileImportStore } from '../../ports/file-import-store.js';
import { fileKind } from '../../spreadsheet/index.js';
import { isAnyAdmin } from '../access/roles.js';
import type { Feature, Speaker } from '../turn.js';
import { exportedUnits } from './export-spreadsheet.js';
import { importSpreadsheet } from './import-spreadsheet.js';

/**
 * The units an administrator may import figures for: all for the local administrator; else what an
 * export of each unit they administer covers (it, the units under it, the units it was formed from
 * and theirs), so that their own export always imports back.
 */
export function importScope(speaker: Speaker, index: UnitIndex): 'all' | number[] {
  if (speaker.localAdmin) return 'all';
  const ids = new Set<number>();
  for (const assignment of speaker.person?.assignments ?? []) {
    const unit = assignment.role === 'admin' ? index.get(assignment.unitId) : undefined;
    if (unit) for (const u of exportedUnits(unit, index)) ids.add(u.id);
  }
  return [...ids];
}

/** Imports the file a message carries; null when it carries none. */
export const spreadsheetFile: Feature<FileImportStore> = async (turn, deps) => {
  const document = turn.message.document;
  if (!document) return null;
  const lang = turn.language;
  const admin = isAnyAdmin(turn.speaker);
  if (fileKind(document.fileName) === null) {
    // Another kind of file (a scanned report) is read by its caption, as a photo is.
    if (!admin || turn.text.trim() !== '') return null;
    return { text: composeRefusal({ code: 'unsupported_type' }, lang) };
  }
  if (!admin) return { text: composeImportNotAllowed(lang) };
  if (document.size !== null && document.size > MAX_FILE_BYTES) return { text: composeFileTooLarge(document.size, lang) };
  let bytes: Uint8Array;
  try {
    bytes = await document.fetch(MAX_FILE_BYTES);
  } catch (error) {
    deps.log.warn({ msg: 'sent file not fetched', err: error });
    return { text: composeFileNotFetched(lang) };
  }
  const outcome = await importSpreadsheet(deps, {
    fileName: document.fileName,
    bytes,
    scope: importScope(turn.speaker, deps.units()),
    language: lang,
    personId: turn.speaker.person?.id ?? null,
    channel: turn.message.channel,
    now: turn.now,
  });
  deps.log.info({ msg: outcome.stored ? 'spreadsheet imported' : 'spreadsheet refused', file: document.fileName, stored: outcome.stored });
  return { text: outcome.text };
};
