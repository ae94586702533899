/**
 * Replies about registration: the hint an unregistered person gets, the welcome after a code is
 * used, and why a code was refused. Pure texts in Vietnamese and English.
 */
import type { Language, Role } from '../types.js';

const ROLE_LABELS: Readonly<Record<Language, Readonly<Record<Role, string>>>> = {
  vi: { focal_point: 'đầu mối', official: 'cán bộ theo dõi', admin: 'quản trị viên', statistics: 'cán bộ thống kê' },
  en: { focal_point: 'focal point', official: 'official', admin: 'administrator', statistics: 'statistics office' },
};

/** "đầu mối" / "focal point", "cán bộ thống kê" / "statistics office". */
export function roleLabel(role: Role, lang: Language): string {
  return ROLE_LABELS[lang][role];
}

/** The one line that tells an unregistered person how to register. */
export function composeRegistrationHint(lang: Language): string {
  return lang === 'vi'
    ? 'Bạn chưa đăng ký. Gửi: dangky <mã mời> (mã do quản trị viên cấp)'
    : 'You are not registered yet. Send: dangky <invite code> (an administrator gives you the code)';
}

/** All an unregistered person gets: what the bot is for, and how to register. */
export function composeUnregistered(lang: Language): string {
  const about =
    lang === 'vi'
      ? 'Tôi là trợ lý số liệu bao phủ BHXH, BHYT, BHTN dành cho cán bộ và đầu mối đã đăng ký: tra cứu tỷ lệ bao phủ, chỉ tiêu và nhận số liệu báo cáo.'
      : 'I answer questions on social, health and unemployment insurance coverage and take in reported figures, for registered officials and focal points.';
  return `${about}\n${composeRegistrationHint(lang)}`;
}

/** What a person can do next, by the role just granted. */
const NEXT_STEP: Readonly<Record<Language, Readonly<Record<Role, string>>>> = {
  vi: {
    focal_point: 'Gửi số liệu của kỳ đang mở bằng một tin: nop bb <số> tn <số> ld <số> (/trangthai: các kỳ đang mở)',
    official: 'Hỏi số liệu, ví dụ: tỷ lệ bao phủ BHXH Nghệ An 2025, hoặc: ai chưa nộp báo cáo 6 tháng',
    admin: 'Cấp mã mời: /invite <đơn vị> <vai trò>. Xem: /invites, /assignments',
    // The period is written: the statistics figures may have no open period to fall back on.
    statistics:
      'Gửi số liệu lực lượng lao động, dân số, số người sau tuổi nghỉ hưu của tỉnh bằng một tin: nop <kỳ> ld <số> ds <số> sth <số> (kỳ: Q3/2026, 6T/2026, 2026)',
  },
  en: {
    focal_point: 'Send the figures of the period open now in one message: nop bb <number> tn <number> ld <number> (/status: the open periods)',
    official: 'Ask for figures, e.g.: coverage for Nghe An 2025, or: who has not reported for 6 months',
    admin: 'Create invites: /invite <unit> <role>. See: /invites, /assignments',
    statistics:
      "Send the province's labour force, population and people past retirement age in one message: nop <period> ld <n> ds <n> sth <n> (period: Q3/2026, 6T/2026, 2026)",
  },
};

/** After a code is used: which role, for which unit, and what to do next. */
export function composeWelcome(lang: Language, role: Role, unitLabel: string): string {
  const done =
    lang === 'vi' ? `Đăng ký thành công: bạn là ${roleLabel(role, lang)} của ${unitLabel}.` : `You are registered as ${roleLabel(role, lang)} of ${unitLabel}.`;
  return `${done}\n${NEXT_STEP[lang][role]}`;
}

/** Why an invite code was refused. */
export type InviteProblem = 'unknown' | 'used' | 'expired' | 'revoked';

const PROBLEM: Readonly<Record<Language, Readonly<Record<InviteProblem, string>>>> = {
  vi: {
    unknown: 'không đúng',
    used: 'đã được dùng (mỗi mã chỉ dùng một lần)',
    expired: 'đã hết hạn',
    revoked: 'đã bị thu hồi',
  },
  en: {
    unknown: 'is not a valid code',
    used: 'has already been used (each code works once)',
    expired: 'has expired',
    revoked: 'has been revoked',
  },
};

/** "Mã mời "K7QH2MXP" đã hết hạn. Xin quản trị viên một mã mới." */
export function composeInviteProblem(lang: Language, code: string, problem: InviteProblem): string {
  const shown = code.slice(0, 20);
  return lang === 'vi'
    ? `Mã mời "${shown}" ${PROBLEM.vi[problem]}. Kiểm tra lại mã hoặc xin quản trị viên một mã mới.`
    : `Invite code "${shown}" ${PROBLEM.en[problem]}. Check the code or ask an administrator for a new one.`;
}
