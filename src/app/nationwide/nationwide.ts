/**
 * Questions about the country as a whole: "Cả nước có bao nhiêu xã, phường sau sáp nhập?", "How many
 * provinces did Vietnam have before the 2025 merger?", "Tỷ lệ tham gia BHYT toàn quốc",
 * "nationwide health insurance coverage". Tried before the place features, which would otherwise read
 * "cả nước" as Cái Nước (Cà Mau); a message that does not name the country is left to them.
 *
 * - A counting question (a counting word and a level or type word, no indicator) is answered from
 *   the unit index.
 * - A question that also names a place ("Nghệ An so với cả nước", "Hà Nội, Việt Nam") is that
 *   place's question: the country's words are taken out and the coverage feature answers.
 * - Otherwise it is coverage for the country: there is no national figure, so the answer says so
 *   and lists the provinces (old and new) that have figures, or targets, for the indicator asked.
 *   The figures are few, so every province's reports and targets are read in one call each.
 */

import {
  composeNationalCoverage,
  composeUnitCount,
  findCountry,
  otherPlaceNamed,
  readUnitCountQuestion,
  unitNameTest,
  withoutCountry,
} from '../../core/nationwide/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { coverage } from '../coverage/coverage.js';
import type { Feature } from '../turn.js';

/** Answers a question about the whole country; null when the message does not name it. */
export const nationwide: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const index = deps.units();
  const country = findCountry(turn.text, { isUnitName: unitNameTest(index) });
  if (!country) return null;
  const lang = turn.language;
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage') return null;

  const counting = readUnitCountQuestion(turn.text);
  if (counting && parsed.indicator === null) return { text: composeUnitCount(counting, { lang, index, today: turn.today }) };

  const rest = withoutCountry(turn.text, country);
  if (otherPlaceNamed(parseQuery(rest).placeText, index) !== null) return coverage({ ...turn, text: rest }, deps);

  const provinces = index.units.filter((u) => u.level === 'province');
  const ids = provinces.map((p) => p.id);
  const [reports, targets] = await Promise.all([deps.store.findReports(ids, turn.factsVersion), deps.store.findTargets(ids, turn.factsVersion)]);
  const text = composeNationalCoverage({
    lang,
    indicator: parsed.indicator,
    period: parsed.period,
    wantsTarget: parsed.wantsTarget,
    today: turn.today,
    provinces: provinces.map((p) => ({
      label: provinceLabel(p, index, lang),
      structure: p.structure,
      reports: reports.filter((r) => r.unitId === p.id),
      targets: targets.filter((t) => t.unitId === p.id),
    })),
  });
  return { text };
};

/** The province's name with its type; the answer groups provinces by structure, so no date marker. */
function provinceLabel(unit: Unit, index: UnitIndex, lang: Language): string {
  // describeUnit adds "(trước 1/7/2025)" to a unit that has ended; the group's header says it once.
  return describeUnit({ ...unit, validTo: null }, index, lang);
}
