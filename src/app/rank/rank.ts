/**
 * Rankings: "Tỉnh nào có chỉ tiêu BHXH năm 2025 cao nhất?", "xếp hạng các tỉnh theo tỷ lệ tham gia
 * BHXH", "xếp hạng các xã Nghệ An theo BHYT", "top 5 …", "Which province has the lowest …". Tried
 * after the comparison (which takes a superlative between named places) and before the country
 * feature ("tỉnh nào cao nhất cả nước" is a ranking of the provinces).
 *
 * - Units ranked: the level the question names ("các xã", "tỉnh nào", "provinces"), within the place
 *   it names ("các xã Nghệ An"), else the level below that place, else the provinces of the country.
 * - Both structures are looked at, each ranked apart (core/rank): the old provinces hold the figures
 *   so far. Within a new province, its current communes, and the old communes of the province(s)
 *   it was formed from; within an old district, its old communes and the current ones it went into;
 *   districts exist in the old structure only.
 * - Who sees what, as for completeness (completeness-scope.ts): administrators and officials see
 *   every unit (the figures are the coverage answer's, which anyone registered may ask for, one place
 *   at a time); a focal point with no other role sees a ranking of their own units only, with a note.
 *   Each unit's figures are read in one call for all of them.
 * - A place whose name several places share is settled by the person's earlier pick, else asked
 *   back with a numbered list; the answer "2" asks the question again within the place chosen.
 */

import { composeAmbiguous, composeChoiceOutOfRange } from '../../core/answer/index.js';
import { buildRankingChart, composeChartCaption, composeNoRankingChart } from '../../core/chart/index.js';
import { COMPARISON_FILLER } from '../../core/compare/index.js';
import { aboutFigures } from '../../core/compare/replies.js';
import { findCountry, unitNameTest, withoutCountry } from '../../core/nationwide/index.js';
import { parseQuery } from '../../core/query/parse-query.js';
import { asksBefore2025 } from '../../core/query/question-asks.js';
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import {
  composeGapRanking,
  composeOwnUnitsOnly,
  composeRanking,
  type RankGroup,
  type RankingInput,
  rankingRows,
  readRanking,
  withoutRankingWords,
} from '../../core/rank/index.js';
import { TextCutter } from '../../core/text/text-cutter.js';
import type { Language, Structure, Unit, UnitLevel } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { findPlace, guessedName } from '../../core/units/find-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { FiguresStore } from '../../ports/figures-store.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import { unitAndDescendants } from '../access/roles.js';
import { withChartOffer } from '../chart/chart-offer.js';
import { drawChart } from '../chart/draw-chart.js';
import { openChoiceList } from '../choices/choice-list.js';
import { visibilityOf } from '../completeness/completeness-scope.js';
import { CHOICE_TTL_MS } from '../coverage/coverage.js';
import type { Reply } from '../message.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { nameKeyOf, recallPick, rememberPick } from '../units/remembered-pick.js';

const LEVEL_BELOW: Readonly<Record<UnitLevel, UnitLevel | null>> = { province: 'district', district: 'commune', commune: null };
const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { province: 0, district: 1, commune: 2 };

/** The conversation state of a ranking's numbered list of places (a scope several places share the name of). */
export const RANK_CHOICE = 'rank-place';

interface RankPayload {
  /** The question, asked again with the place chosen, in the language it was answered in ("2" says nothing). */
  readonly text: string;
  readonly language: Language;
  readonly unitIds: readonly number[];
  readonly nameKey: string;
  /** The list was asked for a chart of the ranking ("vẽ biểu đồ xếp hạng các xã Châu Thành"). */
  readonly chart?: boolean;
}

/** Answers a ranking question, or the number chosen from its list of places; null when the message is neither. */
export const rank: Feature<FiguresStore & ConversationStore & PlacePicks> = async (turn, deps) => {
  const chosen = await answerChoice(turn, deps);
  if (chosen) return chosen;
  return ranking(turn, deps, null);
};

async function answerChoice(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>): Promise<Reply | null> {
  if (!/^\s*\d{1,2}\s*$/.test(turn.text)) return null;
  const state = await deps.store.getConversation(turn.key, turn.now);
  if (!state || state.kind !== RANK_CHOICE) return null;
  const payload = state.payload as RankPayload;
  const n = Number(turn.text.trim());
  if (n < 1 || n > payload.unitIds.length) return { text: composeChoiceOutOfRange(turn.language, payload.unitIds.length) };
  await deps.store.clearConversation(turn.key);
  const unit = deps.units().get(payload.unitIds[n - 1] as number) ?? null;
  if (unit) await rememberPick(turn, deps, payload.nameKey, unit);
  return ranking({ ...turn, text: payload.text, language: payload.language }, deps, unit, payload.chart === true ? 'chart' : 'text');
}

/** The ranking asked in `turn.text` drawn as a chart (within `chosen` when given); null when it is no ranking. */
export function rankChart(turn: Turn, deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>, chosen: Unit | null): Promise<Reply | null> {
  return ranking(turn, deps, chosen, 'chart');
}

/**
 * The ranking asked in `turn.text`, within `chosen` when a numbered list settled its place: in words
 * with the chart button, or (`chart`) as a chart.
 */
async function ranking(
  turn: Turn,
  deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>,
  chosen: Unit | null,
  mode: 'text' | 'chart' = 'text',
): Promise<Reply | null> {
  const question = readRanking(turn.text);
  if (!question) return null;
  const parsed = parseQuery(turn.text);
  if (parsed.intent !== 'coverage' || !aboutFigures(turn.text, parsed)) return null;
  // "the best", "tốt nhất" alone is praise, not a ranking: it needs a word of the trade or a level.
  if (!parsed.coverageWords && question.level === null && !question.explicit) return null;
  const index = deps.units();
  const lang = turn.language;
  const country = findCountry(turn.text, { isUnitName: unitNameTest(index) });
  const text = country ? withoutCountry(turn.text, country) : turn.text;

  const work = new TextCutter(parseQuery(text).looseText);
  work.cutAll(COMPARISON_FILLER);
  const rest = withoutRankingWords(work.remainder({ keepLoneDash: true }));
  const place =
    rest === ''
      ? null
      : findPlace(rest, index, {
          prominence: true,
          before2025: asksBefore2025(parsed),
          soft: SOFT_WORDS,
          typosTakeAll: true,
          suggest: false,
        });
  let scope: Unit | null = chosen;
  if (!scope && place?.kind === 'found') scope = place.unit;
  else if (!scope && place?.kind === 'ambiguous') {
    const nameKey = nameKeyOf(place.typed);
    scope = await recallPick(turn, deps, nameKey, place.candidates);
    if (!scope) {
      const labels = place.candidates.map((u) => describeUnit(u, index, lang));
      const payload: RankPayload = {
        text: turn.text,
        language: lang,
        unitIds: place.candidates.map((u) => u.id),
        nameKey,
        ...(mode === 'chart' ? { chart: true } : {}),
      };
      const expiresAt = new Date(turn.now.getTime() + CHOICE_TTL_MS).toISOString();
      return openChoiceList(
        turn,
        deps,
        { kind: RANK_CHOICE, payload, expiresAt },
        { text: composeAmbiguous(lang, labels, place.more ?? 0, guessedName(place)), choices: labels },
      );
    }
  }
  // Its place asked with no level named ("Bắc Kạn đứng thứ mấy về BHYT"): among the units of its own
  // level, within its province for a district or commune.
  const placeOfNamed = question.placeAsked && question.level === null && scope !== null;
  const level = question.level ?? (scope ? (placeOfNamed ? scope.level : childLevel(scope)) : question.bareLevel) ?? 'province';
  // A place of the level ranked, or below it, is no scope: of that level, it is the one whose place
  // is asked ("Bắc Kạn xếp thứ mấy trong các tỉnh").
  let focus: Unit | null = null;
  if (scope && LEVEL_RANK[scope.level] >= LEVEL_RANK[level]) {
    if (scope.level === level) focus = scope;
    scope = placeOfNamed && scope.level !== 'province' ? index.provinceOf(scope) : null;
  }

  let groups = unitsInScope(index, level, scope, lang);
  const seen = visibilityOf(turn.speaker, index);
  const ownOnly = seen.kind === 'own-units' || seen.kind === 'none';
  if (ownOnly) {
    const own = new Set(seen.kind === 'own-units' ? seen.units.map((u) => u.id) : []);
    groups = groups.map((g) => ({ ...g, ids: g.ids.filter((id) => own.has(id)) }));
  }
  const ids = groups.flatMap((g) => g.ids);
  const [reports, targets] =
    ids.length === 0 ? [[], []] : await Promise.all([deps.store.findReports(ids, turn.factsVersion), deps.store.findTargets(ids, turn.factsVersion)]);
  const rankGroups: RankGroup[] = groups
    .filter((g) => g.ids.length > 0)
    .map((g) => ({
      structure: g.structure,
      level,
      units: g.ids.map((id) => ({
        label: g.label(index.get(id) as Unit),
        reports: reports.filter((r) => r.unitId === id),
        targets: targets.filter((t) => t.unitId === id),
      })),
    }));
  const input: RankingInput = {
    lang,
    indicator: parsed.indicator,
    period: parsed.period,
    wantsTarget: parsed.wantsTarget,
    question,
    scopeLabel: scope ? describeUnit(scope, index, lang) : null,
    groups: rankGroups,
    today: turn.today,
    ...(focus ? { focusLabel: groups.find((g) => g.structure === focus.structure)?.label(focus) ?? '' } : {}),
  };
  const ownNote = ownOnly ? [composeOwnUnitsOnly(lang)] : [];
  // How far each is from its target: in words only (a chart draws values).
  if (question.measure === 'gap') return { text: [...ownNote, rankGroups.length === 0 ? '' : composeGapRanking(input)].filter(Boolean).join('\n') };
  if (mode === 'chart') return drawRanking(turn, deps, input, scope, ownNote);
  const answer = rankGroups.length === 0 ? '' : composeRanking(input);
  const reply = { text: [...ownNote, answer].filter(Boolean).join('\n') };
  // A chart of one bar shows nothing a sentence does not.
  if (rankGroups.length === 0 || rankingRows(input).rows.flat().length < 2 || !buildRankingChart(input)) return reply;
  return withChartOffer(turn, deps, reply, { kind: 'ranking', text: turn.text, scopeId: chosen?.id ?? null, language: lang });
}

/** The ranking as a chart, with the scope's own target as the line across the bars. */
async function drawRanking(
  turn: Turn,
  deps: AppDeps<FiguresStore & ConversationStore & PlacePicks>,
  input: RankingInput,
  scope: Unit | null,
  notes: readonly string[],
): Promise<Reply> {
  const lang = input.lang;
  const scopeTargets = scope ? await deps.store.findTargets([scope.id], turn.factsVersion) : [];
  const spec =
    input.groups.length === 0
      ? null
      : buildRankingChart({ ...input, ...(scope ? { scopeTargets: { name: lang === 'vi' ? scope.name : scope.nameEn, targets: scopeTargets } } : {}) });
  if (!spec) return { text: [...notes, composeNoRankingChart(lang)].join('\n') };
  const caption = [...notes, composeChartCaption({ title: spec.title, latest: null, footer: [...spec.subtitle, ...spec.footer] }, lang)].join('\n');
  return drawChart(turn, deps, spec, `${lang === 'vi' ? 'xep hang' : 'ranking'} ${input.indicator ?? 'bhxh'}`, caption);
}

/** The level a place's own units are at: communes of a new province, districts of an old one. */
function childLevel(unit: Unit): UnitLevel | null {
  if (unit.level === 'province' && unit.structure === 'post2025') return 'commune';
  return LEVEL_BELOW[unit.level];
}

/** The units of one structure in scope, and how each is labelled in the list. */
interface ScopeGroup {
  readonly structure: Structure;
  readonly ids: readonly number[];
  readonly label: (unit: Unit) => string;
}

/** The units of `level` in scope, per structure (see above); the current structure first. */
function unitsInScope(index: UnitIndex, level: UnitLevel, scope: Unit | null, lang: Language): ScopeGroup[] {
  const structures: readonly Structure[] = level === 'district' ? ['pre2025'] : ['post2025', 'pre2025'];
  // The heading names the structure and the scope: the list names each unit without either.
  const label = (unit: Unit): string => {
    const text = describeUnit({ ...unit, validTo: null }, index, lang);
    return scope ? text.split(', ').slice(0, -1).join(', ') || text : text;
  };
  return structures
    .map((structure) => {
      const ofLevel = (u: Unit) => u.level === level && u.structure === structure;
      if (!scope) return { structure, ids: index.units.filter(ofLevel).map((u) => u.id), label };
      if (scope.structure === 'pre2025' && structure === 'post2025') {
        // An old district's current communes and wards: those it went into (Vinh city: its six wards).
        return {
          structure,
          ids: index
            .successorsOf(scope.id)
            .map((s) => s.unit)
            .filter(ofLevel)
            .map((u) => u.id),
          label,
        };
      }
      const roots =
        scope.structure === structure
          ? [scope]
          : index
              .predecessorsOf(scope.id)
              .map((p) => p.unit)
              .filter((u) => u.level === scope.level);
      const ids = unitAndDescendants(
        roots.map((r) => r.id),
        index,
      ).filter((id) => {
        const u = index.get(id);
        return u !== undefined && ofLevel(u);
      });
      return { structure, ids, label };
    })
    .filter((g) => g.ids.length > 0);
}
