/**
 * Spreadsheets asked for in words: the import template ("mẫu nhập liệu", "mẫu excel", "template")
 * and an export of a place with its sub-units ("xuất excel Nghệ An", "export excel Gia Lai
 * 2021-2025"), within the provinces the asker follows or administers. A place several units share
 * is asked back with a numbered list, as the other features do; an unknown one gets close names.
 */

import { randomBytes } from 'node:crypto';
import { composeAmbiguous, composeChoiceOutOfRange, composeUnknownPlace } from '../../core/answer/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import {
  composeExportCaption,
  composeExportHelp,
  composeExportNotAllowed,
  composeTemplateCaption,
  readSpreadsheetRequest,
  templateSheets,
} from '../../core/spreadsheet/index.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { guessedName } from '../../core/units/find-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { Attachment } from '../../ports/messenger.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { writeWorkbook } from '../../spreadsheet/index.js';
import { isAdmin, officialProvinces } from '../access/roles.js';
import { openChoiceList } from '../choices/choice-list.js';
import { commandLanguage } from '../command-word.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { Reply } from '../message.js';
import type { AppDeps, Feature, Speaker, Turn } from '../turn.js';
import { findAskedPlace } from '../units/asked-place.js';
import { settlePlace } from '../units/place-pick.js';
import { nameKeyOf, recallPick, rememberPick } from '../units/remembered-pick.js';
import { exportSpreadsheet } from './export-spreadsheet.js';

/** The conversation state of an export's numbered list of places. */
export const EXPORT_PLACE = 'export-place';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface PlacePayload {
  readonly unitIds: readonly number[];
  readonly from: number | null;
  readonly to: number | null;
  readonly language: Language;
  readonly nameKey: string;
}

/** A workbook as a reply's attachment, under an unguessable id. */
function workbookAttachment(fileName: string, bytes: Uint8Array): Attachment {
  return { kind: 'document', id: randomBytes(16).toString('hex'), fileName, mimeType: XLSX, bytes };
}

/**
 * Whether the speaker may export the unit: the local administrator; an administrator of it or above
 * it; anyone holding a role in its province (or, for a unit of the old structure, in a province its
 * province became part of).
 */
export function mayExport(speaker: Speaker, unit: Unit, index: UnitIndex): boolean {
  if (speaker.localAdmin || isAdmin(speaker, unit, index)) return true;
  const province = index.provinceOf(unit);
  const provinces = new Set([province.id, ...index.successorsOf(province.id).map((s) => s.unit.id)]);
  if (officialProvinces(speaker.person, index).some((p) => provinces.has(p.id))) return true;
  const covering = new Set([unit.id, ...index.ancestorsOf(unit).map((u) => u.id)]);
  return speaker.person?.assignments.some((a) => covering.has(a.unitId)) ?? false;
}

/** The template or an export asked for, or a number from an export's list of places; null otherwise. */
export const spreadsheet: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const chosen = await answerList(turn, deps);
  if (chosen) return chosen;
  const request = readSpreadsheetRequest(turn.text);
  if (!request) return null;
  // "export excel Gia Lai" is English though the place is not: its command words say so.
  const lang = request.english ? commandLanguage(turn, true) : turn.language;
  if (request.kind === 'template') {
    return { text: composeTemplateCaption(lang), attachment: workbookAttachment('mau-nhap-lieu.xlsx', await writeWorkbook(templateSheets())) };
  }
  if (request.rest.trim() === '') return { text: composeExportHelp(lang) };
  const index = deps.units();
  // Years that all end before 1 July 2025 ask for the old units, as a question about them would.
  const before2025 = request.to !== null && request.to < 2025;
  const place = findAskedPlace(parseQuery(request.rest).looseText, index, before2025);
  const label = (u: Unit) => describeUnit(u, index, lang);
  switch (place.kind) {
    case 'none':
      return { text: composeExportHelp(lang) };
    case 'unknown':
      return { text: composeUnknownPlace(lang, place.typed, place.suggestions.map(label)) };
    case 'ambiguous': {
      const nameKey = nameKeyOf(place.typed);
      const picked = await recallPick(turn, deps, nameKey, place.candidates);
      if (picked) return exportUnit(turn, deps, picked, request.from, request.to, lang);
      const labels = place.candidates.map(label);
      const payload: PlacePayload = { unitIds: place.candidates.map((u) => u.id), from: request.from, to: request.to, language: lang, nameKey };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(
        turn,
        deps,
        { kind: EXPORT_PLACE, payload, expiresAt },
        { text: composeAmbiguous(lang, labels, place.more ?? 0, guessedName(place)), choices: labels },
      );
    }
    case 'found': {
      const settled = await settlePlace(turn, deps, place);
      return exportUnit(turn, deps, settled.unit, request.from, request.to, lang);
    }
  }
};

async function answerList(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>): Promise<Reply | null> {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (state?.kind !== EXPORT_PLACE) return null;
  const payload = state.payload as PlacePayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) return { text: composeChoiceOutOfRange(payload.language, payload.unitIds.length) };
  await deps.store.clearConversation(turn.key);
  const unit = deps.units().get(payload.unitIds[n - 1] as number);
  if (!unit) return { text: composeExportHelp(payload.language) };
  await rememberPick(turn, deps, payload.nameKey, unit);
  return exportUnit(turn, deps, unit, payload.from, payload.to, payload.language);
}

async function exportUnit(turn: Turn, deps: AppDeps<FiguresStore>, unit: Unit, from: number | null, to: number | null, lang: Language): Promise<Reply> {
  const index = deps.units();
  const unitLabel = describeUnit(unit, index, lang);
  if (!mayExport(turn.speaker, unit, index)) return { text: composeExportNotAllowed(unitLabel, lang) };
  const book = await exportSpreadsheet(deps, { unit, from, to });
  const text = composeExportCaption(
    { unitLabel, subUnits: book.units - 1, from, to, indicatorSheets: book.indicatorSheets, targetRows: book.targetRows },
    lang,
  );
  return { text, attachment: workbookAttachment(book.fileName, book.bytes) };
}
