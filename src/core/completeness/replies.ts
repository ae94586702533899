/** Short completeness replies: who may ask, and asking for the province. */
import type { Language } from '../types.js';

/** Why a completeness question was not answered as asked. */
export type CompletenessRefusal =
  /** The speaker is not registered. */
  | { readonly kind: 'unregistered' }
  /** An official asked about a province that is not theirs. */
  | { readonly kind: 'not-yours'; readonly yours: readonly string[] }
  /** Nobody is assigned a province to default to (the local administrator, an admin without units). */
  | { readonly kind: 'which-province' }
  /** No schedule is in force and the question named no period. */
  | { readonly kind: 'which-period' }
  /** The report named has no day in the calendar (the monthly figures before a province sets one). */
  | { readonly kind: 'not-scheduled'; readonly report: string };

/** The polite reply for a refusal. */
export function composeCompletenessRefusal(lang: Language, refusal: CompletenessRefusal): string {
  const vi = lang === 'vi';
  switch (refusal.kind) {
    case 'unregistered':
      return vi
        ? 'Chỉ cán bộ đã đăng ký mới xem được tình hình nộp báo cáo. Hãy nhờ quản trị viên cấp mã mời.'
        : 'Only registered officials can see who has reported. Ask an administrator for an invite code.';
    case 'not-yours':
      return vi
        ? `Bạn chỉ xem được tình hình nộp báo cáo của ${refusal.yours.join(', ')}.`
        : `You can see reporting status for ${refusal.yours.join(', ')} only.`;
    case 'which-province':
      return vi ? 'Bạn muốn xem tỉnh nào? Ví dụ: ai chưa nộp báo cáo 6 tháng Nghệ An' : 'Which province? For example: who has not reported Nghe An';
    case 'not-scheduled':
      return vi
        ? `${refusal.report}: chưa có hạn nộp trong lịch báo cáo (văn bản không quy định ngày, tỉnh chưa đặt), nên chưa có kỳ nào để đối chiếu. Hãy hỏi kèm kỳ, ví dụ: ai chưa nộp số liệu tháng 11/2026.`
        : `${refusal.report}: the reporting calendar sets no deadline for it (the document gives no day and the province has set none), so no period is due. Ask with a period, e.g. who has not reported 11/2026.`;
    case 'which-period':
      return vi ? 'Bạn muốn xem kỳ báo cáo nào? Ví dụ: ai chưa nộp báo cáo 6T/2025' : 'Which reporting period? For example: who has not reported 6T/2025';
  }
}

/** Put before an answer for an old unit: what it became, since reports come from the current units. */
export function composeSucceededNote(lang: Language, old: string, current: string): string {
  return lang === 'vi'
    ? `${old} đã sắp xếp vào ${current} từ 1/7/2025; báo cáo do các đơn vị hiện nay nộp.`
    : `${old} became part of ${current} on 1 July 2025; reports come from the current units.`;
}

/** Put before a focal point's answer: they see their own units only. */
export function composeOwnUnitsNote(lang: Language): string {
  return lang === 'vi'
    ? 'Đầu mối chỉ xem được đơn vị của mình; tình hình cả tỉnh do cán bộ tỉnh theo dõi.'
    : 'Focal points see their own units only; province-wide status is for provincial officials.';
}
