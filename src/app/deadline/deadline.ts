/**
 * Deadline questions: "hạn nộp báo cáo 6 tháng là ngày nào", "When is the annual report due?",
 * "báo cáo năm gửi về cơ quan nào", "còn mấy ngày nữa đến hạn", "hạn nộp báo cáo 6 tháng của Nghệ An".
 * The answer is read from the calendar in force (the one /lich shows): for each report, who sends it
 * to whom, the due day as its document writes it and the last day on time it means, the next
 * occurrence with the days left, and the document.
 *
 * Whose calendar: the place the question names (its province; for a unit of the old structure, the
 * provinces it became part of too), else the provinces of the asker's assignments, else the common
 * calendar. A name shared by units of provinces whose calendars differ is asked back with the
 * province; where they do not differ, the answer is the same whichever was meant.
 *
 * A last day on time that is a Saturday, Sunday or holiday (computed, or stored by an administrator)
 * moves to the next working day (Bộ luật Dân sự 2015, Điều 148); the answer says so.
 *
 * Tried before the submission and place features: "hạn nộp báo cáo 6 tháng" is neither figures nor
 * a place. A completeness question ("ai chưa nộp báo cáo 6 tháng") is left to that feature.
 */
import type { HolidayCalendar, Schedule } from '../../core/calendar/index.js';
import {
  chooseSchedules,
  composeDeadlines,
  composeProvinceAsked,
  type DeadlineFacts,
  type DeadlineQuestion,
  deadlineFacts,
  deadlineNear,
  nearestTo,
  parseDeadlineQuestion,
  sentOnDay,
} from '../../core/deadline/index.js';
import { replyLanguage } from '../../core/query/reply-language.js';
import { SOFT_WORDS } from '../../core/query/vocabulary.js';
import type { Language, Unit } from '../../core/types.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import { type FoundPlace, findPlace } from '../../core/units/find-place.js';
import { typedAsName } from '../../core/units/type-words.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import { daysOffOf } from '../calendar/calendar.js';
import type { Feature, Turn } from '../turn.js';

/** The province ids whose calendar applies to a unit: its province, and for an old one the provinces it became part of. */
function provinceIdsOf(unit: Unit, index: UnitIndex): number[] {
  const province = index.provinceOf(unit);
  const ids = new Set([province.id]);
  for (const next of index.successorsOf(province.id)) ids.add(index.provinceOf(next.unit).id);
  return [...ids];
}

/** The provinces of every unit the asker holds a role for, and their names. */
function askerProvinces(turn: Turn, index: UnitIndex, lang: Language): { ids: number[]; label: string | null } {
  const units = (turn.speaker.person?.assignments ?? []).map((a) => index.get(a.unitId)).filter((u) => u !== undefined);
  const provinces = [...new Map(units.map((u) => index.provinceOf(u)).map((p) => [p.id, p])).values()];
  const label = provinces.length > 0 ? provinces.map((p) => describeUnit(p, index, lang)).join('; ') : null;
  return { ids: units.flatMap((u) => provinceIdsOf(u, index)), label };
}

/**
 * The deadlines of the schedules chosen for these provinces, in the order the answer shows them. With
 * a day asked about (of sending, or whether it is the deadline), each deadline is the one nearest that
 * day, and without a report named only the report whose deadline is nearest is judged ("nộp ngày 21/12
 * có trễ không", "thứ 6 tuần này là hạn nộp hả").
 */
function deadlinesFor(schedules: readonly Schedule[], question: DeadlineQuestion, provinceIds: readonly number[], today: string, stored: HolidayCalendar) {
  const choice = chooseSchedules(schedules, question.kinds, provinceIds);
  const asked = question.sentOn ?? question.dueOn;
  const day = asked ? sentOnDay(asked, today, question.sentOn === null) : null;
  if (day) {
    const near = choice.chosen.map((s) => deadlineNear(s, today, day, question.period, stored));
    const judged =
      question.kinds.length > 0
        ? near
        : near
            .filter((d) => d.endsOn !== null)
            .sort(nearestTo(day))
            .slice(0, 1);
    return { deadlines: judged, missing: choice.missing, ...(question.sentOn ? { sentOn: day } : { dueOn: day }) };
  }
  const deadlines = choice.chosen.map((s) => deadlineFacts(s, today, question.period, stored));
  // Without a report named, the nearest deadline comes first ("còn mấy ngày nữa đến hạn").
  const ordered = question.kinds.length > 0 ? deadlines : [...deadlines].sort((a, b) => dayOf(a).localeCompare(dayOf(b)));
  return { deadlines: ordered, missing: choice.missing };
}

/** Deadlines with no day set go last. */
const dayOf = (d: DeadlineFacts) => d.endsOn ?? '9999';
const signature = (deadlines: readonly DeadlineFacts[]) => deadlines.map((d) => d.schedule.key).join(' ');

export const deadline: Feature<unknown> = async (turn, deps) => {
  const question = parseDeadlineQuestion(turn.text);
  if (!question) return null;
  const lang: Language = replyLanguage({ chosen: turn.speaker.person?.language, evidence: question.language });
  const index = deps.units();
  const schedules = deps.schedules();
  // Viet Nam's holidays with the days an administrator stored (the government's yearly spans,
  // bridging days) laid over them.
  const stored = daysOffOf(deps);
  // "hôm nay là 1/7/2031, còn mấy ngày": the question's own day stands for today.
  const asOf = question.asOf ? sentOnDay(question.asOf, turn.today) : null;
  const today = asOf ?? turn.today;
  const answer = (provinceIds: readonly number[], place: string | null) => {
    const found = deadlinesFor(schedules, question, provinceIds, today, stored);
    const known = chooseSchedules(schedules, [], provinceIds).chosen.map((s) => (lang === 'vi' ? s.nameVi : s.nameEn));
    const extras = { ...(question.asksDayOff ? { dayOffRule: true } : {}), ...(asOf ? { asOf } : {}) };
    return { text: composeDeadlines({ lang, place, known, ...found, ...extras }) };
  };

  const found =
    question.placeText === '' ? null : findPlace(question.placeText, index, { prominence: true, suggest: false, typosTakeAll: true, soft: SOFT_WORDS });
  const place = found && plainlyNamed(question.placeText, found) ? found : null;
  if (place?.kind === 'found') return answer(provinceIdsOf(place.unit, index), describeUnit(place.unit, index, lang));
  if (place?.kind === 'ambiguous' && place.exact) {
    const readings = place.candidates.map((u) => deadlinesFor(schedules, question, provinceIdsOf(u, index), today, stored).deadlines);
    if (new Set(readings.map(signature)).size > 1) {
      return {
        text: composeProvinceAsked(
          lang,
          place.typed,
          place.candidates.map((u) => describeUnit(u, index, lang)),
        ),
      };
    }
    return answer(provinceIdsOf(place.candidates[0] as Unit, index), place.typed);
  }
  // Words that name no place ("theo 1736") are not a place: the asker's own provinces, else the common calendar.
  const asker = askerProvinces(turn, index, lang);
  return answer(asker.ids, asker.label);
};

/**
 * A place a deadline question names, whose other words are dates and verbs: a province (calendars are
 * the provinces'), or a unit typed with its capitals or its type word. "thì có bị tính trễ hạn" names
 * no Xã Cổ Bi, "4/7 hay 5/7" no Phường 7, "tổng kết" no Xã Đông Kết.
 */
function plainlyNamed(text: string, place: FoundPlace): boolean {
  const units = place.kind === 'found' ? [place.unit] : place.kind === 'ambiguous' ? place.candidates : [];
  return units.some((u) => u.level === 'province') || (units.length > 0 && typedAsName(text, place.typed));
}
