/** What the people answers say in words, in both reply languages. */
import type { IndicatorCode, Language } from '../types.js';

/** Every phrase of the people answers. */
export interface PeopleWording {
  /** Who is counted: "người tham gia BHXH"; null for an index, which counts no one. */
  readonly participants: (indicator: IndicatorCode) => string | null;
  /** The heading of a count: "Số người tham gia BHXH". */
  readonly countHeading: (participants: string) => string;
  /** The heading of a count of those not taking part: "Số người chưa tham gia BHXH". */
  readonly uncoveredHeading: (uncovered: string) => string;
  /** The heading of a shortfall: "Số người tham gia BHXH còn thiếu so với chỉ tiêu 2021". */
  readonly shortHeading: (participants: string, year: number) => string;
  readonly planHeading: string;
  /** "31.455 người tham gia BHXH / 202.418 lao động có việc làm". */
  readonly counts: (participants: string, numerator: string, denominator: string, noun: string) => string;
  /** Those not taking part: "170.963 lao động có việc làm chưa tham gia BHXH (202.418 − 31.455)"; null for pensions. */
  readonly uncovered: (indicator: IndicatorCode) => string | null;
  readonly uncoveredCounts: (uncovered: string, count: string, numerator: string, denominator: string, noun: string, rate: string, share: string) => string;
  /** The denominator first, for a question about the workers or the population. */
  readonly countsOfWhom: (participants: string, numerator: string, denominator: string, noun: string) => string;
  readonly parts: (bb: string, tn: string) => string;
  readonly rateOnly: (rate: string) => string;
  readonly indexOnly: (name: string) => string;
  readonly noCounts: (participants: string, unit: string) => string;
  /** The population, or the working-age labour force, asked of a unit whose figures do not hold it. */
  readonly noWhole: (whole: 'population' | 'labour_force', unit: string) => string;
  readonly noFigureFor: (label: string) => string;
  readonly noFigureToJudge: (name: string, unit: string, year: number | null) => string;
  readonly noFigureToCount: (name: string, unit: string) => string;
  readonly noTargetFor: (name: string, year: number) => string;
  readonly noTarget: (name: string) => string;
  readonly otherYears: string;
  /** "Theo chỉ tiêu gần nhất (năm 2025):" */
  readonly againstLastTarget: (year: number) => string;
  readonly againstNextTarget: (year: number) => string;
  /** "16% × 202.418 = 32.386,88 → cần 32.387 người (…); 32.387 − 31.455 = còn thiếu 932 người". */
  readonly arithmetic: (pct: string, den: string, exact: string, needed: string, have: string, short: string) => string;
  readonly arithmeticReached: (pct: string, den: string, exact: string, needed: string, have: string, above: string) => string;
  readonly otherBasis: (figureShare: string) => string;
  readonly rateOnlyGap: (gap: string) => string;
  readonly otherPeriod: (label: string) => string;
  readonly progressSoFar: (label: string, year: number) => string;
  /** "Còn 3 tháng đến hết năm 2021: bình quân mỗi tháng cần thêm 311 người (932 ÷ 3, làm tròn lên)." */
  readonly monthlyPace: (months: number, year: number, perMonth: string, short: string) => string;
  readonly namedLevel: (pct: string, share: string | null) => string;
  readonly notReachedAsOf: (label: string) => string;
  readonly reachedAsOf: (label: string) => string;
  readonly notReached: string;
  readonly reachedFull: string;
  readonly inPeople: (n: string) => string;
  readonly aboveBy: (points: string) => string;
  readonly notComparable: string;
  readonly noFulfilment: (planCount: string, unit: string) => string;
  /** "Số người tham gia BHXH bắt buộc đến 9 tháng đầu năm 2021 đạt 95,6% kế hoạch được giao: chưa đạt kế hoạch". */
  readonly planVerdict: (what: string, pct: string, label: string, done: boolean, wholeYear: boolean) => string;
  readonly fulfilmentHeld: string;
  /** What a plan counts when no indicator was named. */
  readonly participantsInPlan: string;
  readonly howToAddCounts: (keys: string | null) => string;
  readonly howToAddFigures: (keys: string | null) => string;
  readonly howToAddFulfilment: string;
  readonly number: string;
}

const PARTICIPANTS_VI: Readonly<Record<IndicatorCode, string | null>> = {
  bhxh: 'người tham gia BHXH',
  bhxh_bb: 'người tham gia BHXH bắt buộc',
  bhxh_tn: 'người tham gia BHXH tự nguyện',
  bhtn: 'người tham gia BHTN',
  bhyt: 'người tham gia BHYT',
  huu: 'người hưởng lương hưu, trợ cấp',
  hai_long: null,
  gd_dien_tu: null,
};
const UNCOVERED_VI: Readonly<Record<IndicatorCode, string | null>> = {
  bhxh: 'chưa tham gia BHXH',
  bhxh_bb: 'chưa tham gia BHXH bắt buộc',
  bhxh_tn: 'chưa tham gia BHXH tự nguyện',
  bhtn: 'chưa tham gia BHTN',
  bhyt: 'chưa tham gia BHYT',
  huu: null,
  hai_long: null,
  gd_dien_tu: null,
};
const UNCOVERED_EN: Readonly<Record<IndicatorCode, string | null>> = {
  bhxh: 'not covered by social insurance',
  bhxh_bb: 'not covered by compulsory social insurance',
  bhxh_tn: 'not covered by voluntary social insurance',
  bhtn: 'not covered by unemployment insurance',
  bhyt: 'not covered by health insurance',
  huu: null,
  hai_long: null,
  gd_dien_tu: null,
};
const PARTICIPANTS_EN: Readonly<Record<IndicatorCode, string | null>> = {
  bhxh: 'social insurance participants',
  bhxh_bb: 'compulsory social insurance participants',
  bhxh_tn: 'voluntary social insurance participants',
  bhtn: 'unemployment insurance participants',
  bhyt: 'health insurance participants',
  huu: 'people receiving a pension or allowance',
  hai_long: null,
  gd_dien_tu: null,
};

/** Vietnamese period labels start with a capital alone ("Năm 2021") but not inside a sentence. */
function inSentence(label: string): string {
  return /^(Năm|Tháng|Quý) /u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const VI: PeopleWording = {
  participants: (i) => PARTICIPANTS_VI[i],
  countHeading: (p) => `Số ${p}`,
  uncoveredHeading: (u) => `Số người ${u}`,
  shortHeading: (p, y) => `Số ${p} còn thiếu so với chỉ tiêu ${y}`,
  planHeading: 'Thực hiện kế hoạch được giao',
  counts: (p, n, d, noun) => `${n} ${p} / ${d} ${noun}`,
  countsOfWhom: (p, n, d, noun) => `${d} ${noun}, trong đó ${n} ${p}`,
  uncovered: (i) => UNCOVERED_VI[i],
  uncoveredCounts: (u, c, n, d, noun, rate, share) => `${c} ${noun} ${u}, chiếm ${share} (${d} − ${n} người tham gia; tỷ lệ bao phủ ${rate})`,
  parts: (bb, tn) => `bắt buộc ${bb}, tự nguyện ${tn}`,
  rateOnly: (rate) => `chỉ có tỷ lệ ${rate}, chưa có số người`,
  indexOnly: (name) => `${name.charAt(0).toUpperCase()}${name.slice(1)} là một chỉ số, không tính bằng số người.`,
  noCounts: (p, unit) => `Chưa có số liệu số ${p} của ${unit}.`,
  noWhole: (whole, unit) =>
    whole === 'population'
      ? `Chưa có số liệu dân số của ${unit}.`
      : `Chưa có số liệu lực lượng lao động trong độ tuổi của ${unit}; số dưới đây là lao động có việc làm.`,
  noFigureFor: (label) => `Chưa có số liệu ${inSentence(label)}; số liệu gần nhất:`,
  noFigureToJudge: (name, unit, y) =>
    `Chưa có số liệu thực hiện ${name} của ${unit} nên chưa thể nói đã đạt chỉ tiêu${y === null ? '' : ` năm ${y}`} hay chưa.`,
  noFigureToCount: (name, unit) => `Chưa có số liệu thực hiện ${name} của ${unit} nên chưa tính được số người còn thiếu.`,
  noTargetFor: (name, y) => `Chưa có chỉ tiêu ${name} cho năm ${y}.`,
  noTarget: (name) => `Chưa có chỉ tiêu ${name} nào được ghi nhận.`,
  otherYears: 'Chỉ tiêu các năm khác:',
  againstLastTarget: (y) => `Theo chỉ tiêu gần nhất (năm ${y}):`,
  againstNextTarget: (y) => `So với chỉ tiêu năm ${y} (chỉ tiêu kế tiếp):`,
  arithmetic: (pct, den, exact, needed, have, short) =>
    `${pct} × ${den} = ${exact} → cần ${needed} người (làm tròn lên, không có phần lẻ của một người); còn thiếu ${needed} − ${have} = ${short} người`,
  arithmeticReached: (pct, den, exact, needed, have, above) =>
    `${pct} × ${den} = ${exact} → cần ${needed} người (làm tròn lên); đã có ${have}: đã đạt, vượt ${above} người`,
  otherBasis: (share) => `khác cơ sở tính (số liệu là tỷ lệ trên ${share}), không tính được số người còn thiếu`,
  rateOnlyGap: (gap) => `${gap}; chưa có số người nên chưa tính được số người còn thiếu`,
  otherPeriod: (label) => `số liệu ${inSentence(label)} không cùng năm với chỉ tiêu, chưa tính số người còn thiếu`,
  progressSoFar: (label, y) => `Lưu ý: ${inSentence(label)} là tiến độ đến thời điểm đó, so với chỉ tiêu cả năm ${y}.`,
  monthlyPace: (m, y, per, short) => `Còn ${m} tháng đến hết năm ${y}: bình quân mỗi tháng cần thêm ${per} người (${short} ÷ ${m}, làm tròn lên).`,
  namedLevel: (pct, share) => `mức ${pct} trong câu hỏi${share ? ` (tính trên ${share}, như số liệu)` : ''}`,
  notReachedAsOf: (label) => `đến ${inSentence(label)} chưa đạt`,
  reachedAsOf: (label) => `đến ${inSentence(label)} đã đạt`,
  notReached: 'chưa đạt',
  reachedFull: 'đã đạt',
  inPeople: (n) => `tức còn thiếu ${n} người`,
  aboveBy: (p) => `vượt ${p}`,
  notComparable: 'không cùng cơ sở tính, không so sánh',
  noFulfilment: (what, unit) => `Chưa có số liệu thực hiện kế hoạch (${what.charAt(0).toLowerCase()}${what.slice(1)} so với kế hoạch được giao) của ${unit}.`,
  fulfilmentHeld: 'Đã có:',
  planVerdict: (what, pct, label, done, whole) =>
    `${what} ${whole ? inSentence(label) : `đến ${inSentence(label)}`} đạt ${pct} kế hoạch được giao: ${done ? 'đã đạt kế hoạch' : 'chưa đạt kế hoạch'}`,
  participantsInPlan: 'Số người tham gia',
  howToAddCounts: (keys) =>
    `Cách bổ sung số người: quản trị viên nạp tệp số liệu có tử số và mẫu số${keys ? `, hoặc đầu mối của đơn vị gửi: nop ${keys}` : ''}.`,
  howToAddFigures: (keys) => `Cách bổ sung: quản trị viên nạp tệp số liệu${keys ? `, hoặc đầu mối của đơn vị gửi: nop ${keys}` : ''}.`,
  howToAddFulfilment: 'Cách bổ sung: quản trị viên nạp tệp số liệu có tỷ lệ thực hiện kế hoạch.',
  number: 'số',
};

const EN: PeopleWording = {
  participants: (i) => PARTICIPANTS_EN[i],
  countHeading: (p) => `Number of ${p}`,
  uncoveredHeading: (u) => `People ${u}`,
  shortHeading: (p, y) => `${p.charAt(0).toUpperCase()}${p.slice(1)} short of the ${y} target`,
  planHeading: 'Against the assigned plan',
  counts: (p, n, d, noun) => `${n} ${p} / ${d} ${noun}`,
  countsOfWhom: (p, n, d, noun) => `${d} ${noun}, of whom ${n} ${p}`,
  uncovered: (i) => UNCOVERED_EN[i],
  uncoveredCounts: (u, c, n, d, noun, rate, share) => `${c} ${noun} ${u}, ${share} of them (${d} − ${n} participants; coverage ${rate})`,
  parts: (bb, tn) => `compulsory ${bb}, voluntary ${tn}`,
  rateOnly: (rate) => `only the rate is held, ${rate}, no counts`,
  indexOnly: (name) => `The ${name} is an index, not a count of people.`,
  noCounts: (p, unit) => `No figures yet on the number of ${p} for ${unit}.`,
  noWhole: (whole, unit) =>
    whole === 'population'
      ? `No figure for the population of ${unit}.`
      : `No figure for the working-age labour force of ${unit}; the count below is of employed workers.`,
  noFigureFor: (label) => `No figure for ${label}; latest figure:`,
  noFigureToJudge: (name, unit, y) => `No figure yet for ${name} of ${unit}, so whether the${y === null ? '' : ` ${y}`} target was met cannot be said.`,
  noFigureToCount: (name, unit) => `No figure yet for ${name} of ${unit}, so the shortfall in people cannot be worked out.`,
  noTargetFor: (name, y) => `No ${name} target recorded for ${y}.`,
  noTarget: (name) => `No ${name} target recorded.`,
  otherYears: 'Targets of other years:',
  againstLastTarget: (y) => `Against the latest target (${y}):`,
  againstNextTarget: (y) => `Against the next target (${y}):`,
  arithmetic: (pct, den, exact, needed, have, short) =>
    `${pct} × ${den} = ${exact} → ${needed} people needed (rounded up: there is no fraction of a person); ${needed} − ${have} = ${short} more people needed`,
  arithmeticReached: (pct, den, exact, needed, have, above) =>
    `${pct} × ${den} = ${exact} → ${needed} people needed (rounded up); ${have} counted: reached, ${above} people above`,
  otherBasis: (share) => `on another basis (the figure is a share ${share}): no shortfall in people can be worked out`,
  rateOnlyGap: (gap) => `${gap}; no counts are held, so the shortfall in people cannot be worked out`,
  otherPeriod: (label) => `the figure of ${label} is not of the target's year: no shortfall in people worked out`,
  progressSoFar: (label, y) => `Note: ${label} is progress so far against the full-year ${y} target.`,
  monthlyPace: (m, y, per, short) => `${m} ${m === 1 ? 'month' : 'months'} left in ${y}: on average ${per} more people a month (${short} ÷ ${m}, rounded up).`,
  namedLevel: (pct, share) => `the ${pct} in the question${share ? ` (taken as a share ${share}, as the figure)` : ''}`,
  notReachedAsOf: (label) => `not reached as of ${label}`,
  reachedAsOf: (label) => `reached as of ${label}`,
  notReached: 'not reached',
  reachedFull: 'reached',
  inPeople: (n) => `${n} people short`,
  aboveBy: (p) => `${p} above`,
  notComparable: 'not on the same basis, not compared',
  noFulfilment: (what, unit) => `No figure yet of ${what.charAt(0).toLowerCase()}${what.slice(1)} against the assigned plan for ${unit}.`,
  fulfilmentHeld: 'What is held:',
  planVerdict: (what, pct, label, done, whole) =>
    `${what} ${whole ? 'in' : 'as of'} ${label}: ${pct} of the assigned plan, ${done ? 'plan reached' : 'plan not reached'}`,
  participantsInPlan: 'Participants',
  howToAddCounts: (keys) =>
    `To add the counts: an administrator loads a facts file with numerators and denominators${keys ? `, or the unit's focal point sends: nop ${keys}` : ''}.`,
  howToAddFigures: (keys) => `To add figures: an administrator loads a facts file${keys ? `, or the unit's focal point sends: nop ${keys}` : ''}.`,
  howToAddFulfilment: 'To add it: an administrator loads a facts file with plan fulfilment rows.',
  number: 'number',
};

/** The phrases for a language. */
export function peopleWording(lang: Language): PeopleWording {
  return lang === 'vi' ? VI : EN;
}
