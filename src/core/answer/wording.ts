/** Reply phrases in both languages, kept apart from the logic that assembles them. */
import { inSentence } from '../periods/label-period.js';
import type { Channel, Language, TargetKind, UnitLevel } from '../types.js';

/** Everything a coverage answer says in words. */
export interface Wording {
  readonly asOf: (date: string) => string;
  readonly target: string;
  readonly targetOf: (year: number) => string;
  /** A target's kind: "kế hoạch", "chỉ tiêu giao", "Nghị quyết Đại hội Đảng bộ". */
  readonly targetKind: Readonly<Record<TargetKind, string>>;
  /** After a target on another basis than the figure's, instead of a gap. */
  readonly notCompared: string;
  /** "Số người tham gia BHTN đạt 95,4% kế hoạch được giao (9 tháng 2021)". */
  /** "… đạt 95,4% kế hoạch được giao, còn thiếu 4,6% (…)"; `rest` what is left to 100% (negative: above it). */
  readonly planFulfilment: (what: string, percent: string, when: string, rest: { readonly left: number; readonly text: string }) => string;
  readonly short: (points: string) => string;
  readonly reached: string;
  /** The share of a target reached: "đạt 97,1% chỉ tiêu". */
  readonly shareOfTarget: (pct: string) => string;
  readonly above: (points: string) => string;
  readonly sourceDoc: (doc: string, date: string | null) => string;
  readonly sourceSubmitted: (who: string | null, channel: string | null, date: string) => string;
  readonly trend: (label: string, value: string, change: string) => string;
  readonly paceBelow: (label: string, year: number, points: string, monthsLeft: number) => string;
  readonly paceReached: (label: string, year: number) => string;
  readonly resultBelow: (year: number, points: string) => string;
  readonly resultReached: (year: number) => string;
  readonly projection: (year: number, reaches: boolean, projected: string) => string;
  readonly noFigureFor: (what: string, label: string) => string;
  readonly noFigureForUnit: (what: string, unit: string, label: string) => string;
  /** A target asked for a period none is held for: "Chưa có chỉ tiêu BHYT cho năm 2025." (of the unit when given). */
  readonly noTargetFor: (what: string, label: string, unit?: string) => string;
  readonly latestInstead: string;
  readonly noFigure: (what: string, unit: string) => string;
  readonly noMainButOthers: (what: string) => string;
  readonly knownTargets: string;
  readonly noTargets: string;
  /** To a focal point of the unit: how to send the figures of the period open now (its label). */
  readonly submitHint: (period: string) => string;
  readonly others: string;
  /** Two indicators of one unit, same period and basis: "Chênh lệch BHXH bắt buộc − BHXH tự nguyện: 43,48 điểm phần trăm". */
  readonly difference: (first: string, second: string, points: string, label: string) => string;
  /** The targets of a year, as a difference's label: "chỉ tiêu 2025", "2025 targets". */
  readonly targetsOfYear: (year: number) => string;
  readonly componentsSum: (bb: string, tn: string) => string;
  readonly reorganised: (date: string) => string;
  readonly part: string;
  readonly andMore: (n: number) => string;
  readonly moreTargets: (n: number) => string;
  readonly successorsTotal: (k: number, n: number, label: string) => string;
  readonly successorsNoData: string;
  readonly noneOfSuccessors: string;
  readonly partialNote: (names: string) => string;
  readonly rateOnly: string;
  readonly before2025: string;
  readonly ownNone: (unit: string) => string;
  /** Opening line for a new unit shown through its predecessors: `date` is already formatted. */
  readonly newUnitNone: (unit: string, date: string, level: UnitLevel | null) => string;
  /** Header before the predecessors of a new unit that has targets of its own but no figure. */
  readonly formedFrom: (level: UnitLevel | null) => string;
  /** After the predecessors shown: those that hold nothing, named so that no figure passes for theirs. */
  readonly predecessorsNone: (labels: string) => string;
  /** After targets shown without a figure: "Chưa có số liệu thực hiện (năm 2025)." */
  readonly noActual: (label: string | null) => string;
  /** Instead of noActual for a period still to come: "Năm 2030 chưa tới." */
  readonly stillAhead: (label: string) => string;
  /** Indicators asked beyond those answered: "Mỗi lần tôi trả lời 5 chỉ tiêu; hãy hỏi riêng: Mức độ hài lòng." */
  readonly leftOut: (answered: number, names: string) => string;
  readonly knownTargetsOf: (unit: string) => string;
  /** The other indicators' targets of the year asked, under a question of targets with no indicator named. */
  readonly otherTargetsOf: (year: number) => string;
  readonly importedData: string;
  readonly channel: (c: Channel) => string;
}

/** The old units a new one was formed from, by level ("unit" when the level is not known). */
const OLD_VI: Readonly<Record<UnitLevel | 'unit', string>> = {
  province: 'tỉnh, thành phố cũ',
  district: 'huyện cũ',
  commune: 'xã, phường cũ',
  unit: 'đơn vị cũ',
};
const OLD_EN: Readonly<Record<UnitLevel | 'unit', string>> = {
  province: 'province(s)',
  district: 'district(s)',
  commune: 'commune(s)',
  unit: 'old unit(s)',
};

const CHANNEL: Readonly<Record<Channel, string>> = { console: 'console', telegram: 'Telegram', zalo: 'Zalo' };

const VI: Wording = {
  asOf: (d) => `số liệu đến ${d}`,
  target: 'Chỉ tiêu',
  targetOf: (y) => `Chỉ tiêu ${y}`,
  targetKind: { plan: 'kế hoạch', assigned: 'chỉ tiêu giao', party_resolution: 'Nghị quyết Đại hội Đảng bộ' },
  notCompared: 'không cùng cơ sở tính, không so sánh',
  planFulfilment: (what, pct, when, rest) =>
    `${what} đạt ${pct} kế hoạch được giao${rest.left > 0 ? `, còn thiếu ${rest.text} kế hoạch` : rest.left < 0 ? `, vượt ${rest.text} kế hoạch` : ''} (${when})`,
  short: (p) => `còn thiếu ${p}`,
  reached: 'đã đạt',
  shareOfTarget: (pct) => `đạt ${pct} chỉ tiêu`,
  above: (p) => `đã đạt, vượt ${p}`,
  sourceDoc: (doc, date) => `Nguồn: ${doc}${date ? `, ${date}` : ''}`,
  sourceSubmitted: (who, ch, date) => `Nguồn: ${who ?? 'đầu mối'} gửi${ch ? ` qua ${ch}` : ''} ngày ${date}`,
  trend: (label, value, change) => `So với ${inSentence(label)} (${value}): ${change}`,
  paceBelow: (label, y, p, m) => `Tiến độ: đến ${inSentence(label)} chưa đạt chỉ tiêu năm ${y} (còn thiếu ${p}${m > 0 ? `, còn ${m} tháng` : ''}).`,
  paceReached: (label, y) => `Tiến độ: đến ${inSentence(label)} đã đạt chỉ tiêu năm ${y}.`,
  resultBelow: (y, p) => `Kết quả: chưa đạt chỉ tiêu năm ${y} (thiếu ${p}).`,
  resultReached: (y) => `Kết quả: đạt chỉ tiêu năm ${y}.`,
  projection: (y, ok, v) => `Theo đà hiện tại: ${ok ? 'có thể đạt' : 'chưa đạt'} chỉ tiêu ${y} (ước khoảng ${v}).`,
  noFigureFor: (what, label) => `Chưa có số liệu ${what} cho ${inSentence(label)}.`,
  noFigureForUnit: (what, unit, label) => `Chưa có số liệu ${what} của ${unit} cho ${inSentence(label)}.`,
  noTargetFor: (what, label, unit) => `Chưa có chỉ tiêu ${what}${unit ? ` của ${unit}` : ''} cho ${inSentence(label)}.`,
  latestInstead: 'Số liệu gần nhất:',
  noFigure: (what, unit) => `Chưa có số liệu ${what} của ${unit}.`,
  noMainButOthers: (what) => `Chưa có số liệu ${what}; số liệu hiện có:`,
  knownTargets: 'Chỉ tiêu đã biết:',
  noTargets: 'Chưa có chỉ tiêu nào được ghi nhận.',
  submitHint: (period) => `Bạn là đầu mối của đơn vị: gửi số liệu ${period} bằng một tin, ví dụ: nop bb <số> tn <số> ld <số>`,
  others: 'Chỉ số khác:',
  difference: (a, b, p, label) => `Chênh lệch ${a} − ${b} (${inSentence(label)}, cùng cơ sở tính): ${p}.`,
  targetsOfYear: (year) => `chỉ tiêu ${year}`,
  componentsSum: (bb, tn) => `bắt buộc ${bb} + tự nguyện ${tn}`,
  reorganised: (d) => `Đã sắp xếp từ ${d} vào:`,
  part: 'một phần',
  andMore: (n) => `và ${n} đơn vị khác`,
  moreTargets: (n) => `… và ${n} chỉ tiêu khác`,
  successorsTotal: (k, n, label) => `Cộng ${k}/${n} đơn vị mới có số liệu (${label}):`,
  successorsNoData: 'Chưa có số liệu:',
  noneOfSuccessors: 'Các đơn vị mới chưa có số liệu.',
  partialNote: (names) => `Lưu ý: ${names} chỉ nhận một phần địa bàn cũ nên tổng chỉ để tham khảo.`,
  rateOnly: 'chỉ có tỷ lệ, không có số người',
  before2025: 'Trước 1/7/2025:',
  ownNone: (unit) => `Chưa có số liệu riêng của ${unit}.`,
  newUnitNone: (unit, d, level) => `${unit} (từ ${d}) chưa có số liệu riêng; số liệu của ${OLD_VI[level ?? 'unit']} hợp thành:`,
  formedFrom: (level) => `Số liệu của ${OLD_VI[level ?? 'unit']} hợp thành:`,
  predecessorsNone: (labels) => `Chưa có số liệu của ${labels}.`,
  noActual: (label) => `Chưa có số liệu thực hiện${label ? ` ${inSentence(label)}` : ''}.`,
  stillAhead: (label) => `${label.charAt(0).toUpperCase()}${label.slice(1)} chưa tới.`,
  leftOut: (answered, names) => `Mỗi lần tôi trả lời ${answered} chỉ tiêu; hãy hỏi riêng: ${names}.`,
  knownTargetsOf: (unit) => `Chỉ tiêu đã biết của ${unit}:`,
  otherTargetsOf: (year) => `Chỉ tiêu khác năm ${year}:`,
  importedData: 'dữ liệu nhập',
  channel: (c) => CHANNEL[c],
};

const EN: Wording = {
  asOf: (d) => `as of ${d}`,
  target: 'Target',
  targetOf: (y) => `Target ${y}`,
  targetKind: { plan: 'plan', assigned: 'assigned target', party_resolution: 'Party Congress resolution' },
  notCompared: 'not on the same basis, not compared',
  planFulfilment: (what, pct, when, rest) =>
    `${what} reached ${pct} of the assigned plan${rest.left > 0 ? `, ${rest.text} of the plan to go` : rest.left < 0 ? `, ${rest.text} above it` : ''} (${when})`,
  short: (p) => `${p} short`,
  reached: 'reached',
  shareOfTarget: (pct) => `${pct} of the target`,
  above: (p) => `reached, ${p} above`,
  sourceDoc: (doc, date) => `Source: ${doc}${date ? `, ${date}` : ''}`,
  sourceSubmitted: (who, ch, date) => `Source: submitted by ${who ?? 'the focal point'}${ch ? ` via ${ch}` : ''} on ${date}`,
  trend: (label, value, change) => `Change since ${label} (${value}): ${change}`,
  paceBelow: (label, y, p, m) => `Pace: below the ${y} target as of ${label} (${p} short${m > 0 ? `, ${m} months left` : ''}).`,
  paceReached: (label, y) => `Pace: the ${y} target was already reached as of ${label}.`,
  resultBelow: (y, p) => `Result: below the ${y} target (${p} short).`,
  resultReached: (y) => `Result: the ${y} target was reached.`,
  projection: (y, ok, v) => `At the current pace: ${ok ? 'on track for' : 'not on track for'} the ${y} target (about ${v} projected).`,
  noFigureFor: (what, label) => `No figure for ${what} for ${label}.`,
  noFigureForUnit: (what, unit, label) => `No figure for ${what} of ${unit} (${label}).`,
  noTargetFor: (what, label, unit) => `No ${what} target for ${label} recorded${unit ? ` for ${unit}` : ''}.`,
  latestInstead: 'Latest figure:',
  noFigure: (what, unit) => `No figure yet for ${what} of ${unit}.`,
  noMainButOthers: (what) => `No figure yet for ${what}; what there is:`,
  knownTargets: 'Known targets:',
  noTargets: 'No targets recorded.',
  submitHint: (period) => `You are this unit's focal point: send the figures for ${period} in one message, e.g. nop bb <number> tn <number> ld <number>`,
  others: 'Other indicators:',
  difference: (a, b, p, label) => `Difference, ${a} − ${b} (${label}, same basis): ${p}.`,
  targetsOfYear: (year) => `${year} targets`,
  componentsSum: (bb, tn) => `compulsory ${bb} + voluntary ${tn}`,
  reorganised: (d) => `Reorganised on ${d} into:`,
  part: 'part',
  andMore: (n) => `and ${n} more`,
  moreTargets: (n) => `… and ${n} more targets`,
  successorsTotal: (k, n, label) => `Total of the ${k}/${n} new units with figures (${label}):`,
  successorsNoData: 'No figures yet:',
  noneOfSuccessors: 'The new units have no figures yet.',
  partialNote: (names) => `Note: ${names} took only part of the old area, so the total is indicative.`,
  rateOnly: 'rate only, no counts',
  before2025: 'Before 1 July 2025:',
  ownNone: (unit) => `No figures of its own for ${unit}.`,
  newUnitNone: (unit, d, level) => `${unit} (from ${d}) has no figures of its own yet; figures of the ${OLD_EN[level ?? 'unit']} it was formed from:`,
  formedFrom: (level) => `Figures of the ${OLD_EN[level ?? 'unit']} it was formed from:`,
  predecessorsNone: (labels) => `No figures held for ${labels}.`,
  noActual: (label) => `No actual figure yet${label ? ` for ${label}` : ''}.`,
  stillAhead: (label) => `${label.charAt(0).toUpperCase()}${label.slice(1)} is still to come.`,
  leftOut: (answered, names) => `I answer ${answered} indicators at a time; ask separately for: ${names}.`,
  knownTargetsOf: (unit) => `Known targets for ${unit}:`,
  otherTargetsOf: (year) => `Other targets for ${year}:`,
  importedData: 'imported data',
  channel: (c) => CHANNEL[c],
};

/** The phrases for a language. */
export function wording(lang: Language): Wording {
  return lang === 'vi' ? VI : EN;
}

/** Lower-cases the first letter, to tuck a sentence ("Nguồn: …") into parentheses. */
export function uncapitalise(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
