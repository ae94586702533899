/**
 * Short replies around submissions: who may submit for which unit, the period, confirmation,
 * undo, and the status listing of /trangthai. Pure texts in Vietnamese and English.
 */

import { roleLabel } from '../access/registration-replies.js';
import { formatDate } from '../format/index.js';
import { inSentence, labelPeriod } from '../periods/index.js';
import type { CountKey, Language, PeriodCode } from '../types.js';
import { confirmWords } from './index.js';
import { UNDO_MINUTES } from './receipt.js';

const list = (labels: readonly string[]) => labels.map((l) => `• ${l}`).join('\n');

/** The sender is not a focal point of any unit. */
export function composeNoAssignment(lang: Language): string {
  return lang === 'vi'
    ? 'Chỉ đầu mối đã đăng ký mới nộp được số liệu. Hãy xin quản trị viên một mã mời và gửi mã đó cho bot.'
    : 'Only a registered focal point can submit figures. Ask an administrator for an invite code and send it to the bot.';
}

/** What the denominators count, named beside their keys where a sender is told which keys they may send. */
const KEY_GLOSS: Readonly<Record<Language, Partial<Record<CountKey, string>>>> = {
  vi: { ld: 'lực lượng lao động', ds: 'dân số', sth: 'số người sau tuổi nghỉ hưu' },
  en: { ld: 'labour force', ds: 'population', sth: 'people past retirement age' },
};

/**
 * The statistics office sent counts it does not supply (participants, not denominators), or words
 * that are no key at all: which ones, the keys it may send, and that nothing was recorded.
 */
export function composeStatisticsKeysOnly(lang: Language, refused: readonly string[], allowed: readonly CountKey[]): string {
  const gloss = (key: CountKey) => (KEY_GLOSS[lang][key] ? `${key} (${KEY_GLOSS[lang][key]})` : key);
  const may = allowed.map(gloss).join(', ');
  const form = `nop <${lang === 'vi' ? 'kỳ' : 'period'}> ${allowed.map((k) => `${k} <${lang === 'vi' ? 'số' : 'n'}>`).join(' ')}`;
  const shown = refused.map((word) => `'${word.slice(0, 24)}'`).join(', ');
  return lang === 'vi'
    ? `Chưa ghi nhận số liệu nào: ${roleLabel('statistics', lang)} chỉ nộp được ${may}; tin của bạn có ${shown}.\n` + `Hãy gửi lại chỉ các số đó: ${form}`
    : `Nothing was recorded: the ${roleLabel('statistics', lang)} may send only ${may}; your message has ${shown}.\n` + `Send those figures alone: ${form}`;
}

/** The console's local administrator has no person to record a submission under. */
export function composeAdminNeedsPerson(lang: Language): string {
  return lang === 'vi'
    ? "Số liệu phải ghi tên người nộp: hãy tạo mã mời cho mình ('/invite <đơn vị> focal_point') và gửi mã đó, rồi nộp lại."
    : "A submission is recorded under a person: create an invite for yourself ('/invite <unit> focal_point'), send its code, then submit again.";
}

/** The sender named a unit they are not focal point for (or that does not exist). */
export function composeNotYourUnit(lang: Language, typed: string, allowed: readonly string[]): string {
  return lang === 'vi'
    ? `Bạn không phải đầu mối của '${typed}'. Bạn có thể nộp số liệu cho:\n${list(allowed)}`
    : `You are not the focal point for '${typed}'. You may submit figures for:\n${list(allowed)}`;
}

/** The sender is focal point for several units and named none. */
export function composeNameTheUnit(lang: Language, allowed: readonly string[]): string {
  return lang === 'vi'
    ? `Bạn là đầu mối của nhiều đơn vị; hãy ghi tên đơn vị sau 'nop', ví dụ: nop phường Thành Vinh bb 41.200. Các đơn vị:\n${list(allowed)}`
    : `You are the focal point for several units; name one after 'nop', e.g. nop phường Thành Vinh bb 41.200. Your units:\n${list(allowed)}`;
}

/** The local administrator must name the unit; none, or none that fits, was named. */
export function composeAdminNameTheUnit(lang: Language, typed: string | null, candidates: readonly string[]): string {
  const head =
    typed === null
      ? lang === 'vi'
        ? 'Hãy ghi tên đơn vị, ví dụ: nop phường Thành Vinh bb 41.200.'
        : 'Name the unit, e.g. nop phường Thành Vinh bb 41.200.'
      : lang === 'vi'
        ? `Không xác định được một đơn vị duy nhất từ '${typed}'.`
        : `'${typed}' does not name exactly one unit.`;
  if (candidates.length === 0) return head;
  return `${head}\n${lang === 'vi' ? 'Có thể là:' : 'Perhaps:'}\n${list(candidates)}`;
}

/** No schedule gives an open period, and the message named none. */
export function composeNoOpenPeriod(lang: Language): string {
  return lang === 'vi'
    ? 'Chưa có kỳ báo cáo nào đang mở; hãy ghi kỳ, ví dụ: nop T6/2025 bb 41.200.'
    : 'No reporting period is open; name the period, e.g. nop T6/2025 bb 41.200.';
}

/** The named period has not begun and is not the open one. */
export function composeFuturePeriod(lang: Language, period: PeriodCode): string {
  const label = labelPeriod(period, lang);
  return lang === 'vi'
    ? `Kỳ ${inSentence(label)} chưa bắt đầu; chưa nộp được số liệu cho kỳ này.`
    : `${label} has not begun yet; figures for it cannot be submitted.`;
}

/** The named period lies before the years chat submissions may be for (older history comes by import). */
export function composePeriodTooOld(lang: Language, period: PeriodCode, firstYear: number, lastYear: number): string {
  const label = labelPeriod(period, lang);
  const years = firstYear === lastYear ? String(lastYear) : `${firstYear}–${lastYear}`;
  return lang === 'vi'
    ? `Không nhận số liệu kỳ ${inSentence(label)} qua tin nhắn: chỉ nhận các kỳ của năm ${years}. Số liệu các năm trước do quản trị viên nhập từ tệp.`
    : `Figures for ${label} cannot be submitted in chat: only periods of ${years} can. Older figures are imported from a file by an administrator.`;
}

/** Held counts: where they are going, then the outlier question. */
export function composeHeld(lang: Language, unitLabel: string, period: PeriodCode, question: string): string {
  const head =
    lang === 'vi'
      ? `Chưa ghi nhận số liệu ${inSentence(labelPeriod(period, lang))} của ${unitLabel}.`
      : `The figures for ${labelPeriod(period, lang)} of ${unitLabel} are not recorded yet.`;
  return `${head}\n${question}`;
}

/** "xac nhan" or "huy" with nothing held (never held, or held more than 30 minutes ago). */
export function composeNothingToConfirm(lang: Language): string {
  return lang === 'vi'
    ? 'Không có số liệu nào đang chờ xác nhận (số liệu chờ quá 30 phút sẽ bị bỏ); hãy gửi lại số liệu.'
    : 'No figures are waiting for confirmation (held figures are dropped after 30 minutes); send them again.';
}

/** The held counts were discarded. */
export function composeCancelled(lang: Language): string {
  return lang === 'vi' ? 'Đã hủy; không có số liệu nào được ghi nhận.' : 'Cancelled; nothing was recorded.';
}

/** What the held-counts question accepts, for a reply that was neither. */
export function composeConfirmOrCancel(lang: Language): string {
  const { confirm, cancel } = confirmWords(lang);
  return lang === 'vi' ? `Trả lời "${confirm}" hoặc "${cancel}".` : `Reply "${confirm}" or "${cancel}".`;
}

/** The last submission was withdrawn; `restored` is the version active again, if any. */
export function composeUndone(lang: Language, unitLabel: string, period: PeriodCode, version: number, restored: number | null): string {
  const label = labelPeriod(period, lang);
  if (lang === 'vi') {
    const after = restored === null ? 'Kỳ này hiện chưa có số liệu.' : `Phiên bản ${restored} lại có hiệu lực.`;
    return `Đã huỷ phiên bản ${version} số liệu ${inSentence(label)} của ${unitLabel}. ${after}`;
  }
  const after = restored === null ? 'The period now has no figures.' : `Version ${restored} is in force again.`;
  return `Withdrew version ${version} of the figures for ${label} of ${unitLabel}. ${after}`;
}

/** Nothing the sender submitted can be withdrawn. */
export function composeNothingToUndo(lang: Language): string {
  return lang === 'vi' ? 'Không có số liệu nào của bạn để huỷ.' : 'You have no submission to withdraw.';
}

/** The last submission is older than the undo window. */
export function composeUndoTooLate(lang: Language, unitLabel: string, period: PeriodCode): string {
  const label = labelPeriod(period, lang);
  return lang === 'vi'
    ? `Quá ${UNDO_MINUTES} phút nên không huỷ được số liệu ${inSentence(label)} của ${unitLabel}; hãy gửi bản sửa: sua …`
    : `More than ${UNDO_MINUTES} minutes have passed, so the figures for ${label} of ${unitLabel} cannot be withdrawn; send a correction: sua …`;
}

/** One schedule's open period for one unit, and what was submitted for it. */
export interface StatusItem {
  readonly scheduleName: string;
  readonly period: PeriodCode;
  readonly due: string;
  readonly submitted: { readonly version: number; readonly on: string; readonly onTime: boolean | null } | null;
}

/** The /trangthai listing: per unit, per open report (else the next deadlines), submitted or not. */
export function composeStatus(lang: Language, units: readonly { readonly label: string; readonly items: readonly StatusItem[] }[]): string {
  const vi = lang === 'vi';
  const lines = [vi ? 'Tình hình nộp báo cáo của bạn:' : 'Your reports:'];
  for (const unit of units) {
    lines.push(`${unit.label}:`);
    for (const item of unit.items) {
      const head = `• ${item.scheduleName} – ${labelPeriod(item.period, lang)} (${vi ? 'hạn' : 'due'} ${formatDate(item.due, lang)}): `;
      const s = item.submitted;
      if (!s) {
        lines.push(head + (vi ? 'chưa nộp' : 'not submitted'));
        continue;
      }
      const when = s.onTime === null ? '' : s.onTime ? (vi ? ', đúng hạn' : ', on time') : vi ? ', muộn' : ', late';
      lines.push(
        head +
          (vi ? `đã nộp phiên bản ${s.version} ngày ${formatDate(s.on, lang)}${when}` : `submitted version ${s.version} on ${formatDate(s.on, lang)}${when}`),
      );
    }
  }
  return lines.join('\n');
}
