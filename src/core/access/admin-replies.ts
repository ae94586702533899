/**
 * Replies to the chat administration commands (/invite, /invites, /revoke, /assignments,
 * /revoke_assignment): codes, lists and refusals. Pure texts in Vietnamese and English.
 */

import { formatVietnamTime } from '../civil-time/index.js';
import { visible } from '../text/visible.js';
import type { Language, Role } from '../types.js';
import { roleLabel } from './registration-replies.js';

/** An invite as listed: its id and hint (never its code), what it grants and until when. */
export interface InviteLine {
  readonly id: number;
  /** The code's last two characters. */
  readonly codeHint: string;
  readonly role: Role;
  readonly unitLabel: string;
  /** ISO timestamp. */
  readonly expiresAt: string;
}

/** An active assignment as listed. */
export interface AssignmentLine {
  readonly id: number;
  readonly displayName: string;
  /** "telegram:12345". */
  readonly identities: readonly string[];
  readonly role: Role;
  readonly unitLabel: string;
}

/** The speaker is not an administrator (of that unit, when one is named). */
export function composePermissionDenied(lang: Language, unitLabel?: string): string {
  if (lang === 'vi') {
    return unitLabel ? `Bạn không có quyền quản trị ${unitLabel}.` : 'Bạn không có quyền dùng lệnh này: chỉ quản trị viên mới được cấp và thu hồi quyền.';
  }
  return unitLabel ? `You have no right to administer ${unitLabel}.` : 'You have no right to use this command: only administrators grant and revoke access.';
}

/** The commands an administrator can send, after a command that could not be read. */
export function composeAdminUsage(lang: Language): string {
  const lines =
    lang === 'vi'
      ? [
          'Lệnh quản trị:',
          '/invite <đơn vị> <vai trò> — cấp mã mời (vai trò: dau moi, can bo, thong ke, quan tri)',
          '/invites — các mã mời còn hiệu lực',
          '/revoke <mã hoặc #số> — thu hồi mã mời',
          '/assignments [đơn vị] — ai giữ vai trò nào',
          '/revoke_assignment <số> — thu hồi một vai trò',
        ]
      : [
          'Administration commands:',
          '/invite <unit> <role> — create an invite code (role: focal_point, official, statistics, admin)',
          '/invites — usable invite codes',
          '/revoke <code or #number> — revoke an invite code',
          '/assignments [unit] — who holds which role',
          '/revoke_assignment <number> — revoke a role',
        ];
  return lines.join('\n');
}

/**
 * A role that is held for a province only (the statistics office) was asked for a commune or a
 * district: nothing was created; the province it belongs to is named.
 */
export function composeRoleProvinceOnly(lang: Language, role: Role, unitLabel: string, provinceLabel: string): string {
  const label = roleLabel(role, lang);
  return lang === 'vi'
    ? `Chưa tạo mã mời: vai trò ${label} chỉ cấp cho cấp tỉnh (Cục Thống kê tỉnh), không cấp cho ${unitLabel}.\n` +
        `Hãy cấp cho ${provinceLabel}: /invite <tỉnh> thong ke`
    : `No invite created: the ${label} role is granted for a province only (the provincial statistics office), not for ${unitLabel}.\n` +
        `Grant it for ${provinceLabel}: /invite <province> statistics`;
}

/** A new code, what it grants, until when, and what the invited person sends. */
export function composeInviteCreated(lang: Language, invite: InviteLine & { readonly code: string }): string {
  const until = formatVietnamTime(invite.expiresAt);
  const role = roleLabel(invite.role, lang);
  return (
    lang === 'vi'
      ? [
          `Mã mời ${role} của ${invite.unitLabel}: ${invite.code}`,
          `Dùng một lần, hiệu lực đến ${until} (giờ Việt Nam).`,
          `Người được mời gửi cho bot: dangky ${invite.code} (trên Telegram: /start ${invite.code})`,
          `Mã chỉ hiện lần này; /invites ghi nó là #${invite.id} (…${invite.codeHint}).`,
        ]
      : [
          `Invite code for ${role} of ${invite.unitLabel}: ${invite.code}`,
          `Single use, valid until ${until} (Vietnam time).`,
          `The invited person sends the bot: dangky ${invite.code} (on Telegram: /start ${invite.code})`,
          `The code is shown this once; /invites lists it as #${invite.id} (…${invite.codeHint}).`,
        ]
  ).join('\n');
}

/** Usable invites, one a line. */
export function composeInviteList(lang: Language, invites: readonly InviteLine[]): string {
  if (invites.length === 0) return lang === 'vi' ? 'Không có mã mời nào còn hiệu lực.' : 'No usable invite codes.';
  const until = lang === 'vi' ? 'đến' : 'until';
  return [
    lang === 'vi' ? 'Mã mời còn hiệu lực:' : 'Usable invite codes:',
    ...invites.map((i) => `- #${i.id} …${i.codeHint}: ${roleLabel(i.role, lang)}, ${i.unitLabel} (${until} ${formatVietnamTime(i.expiresAt)})`),
  ].join('\n');
}

/** Active assignments, one a line, each with the number that revokes it. */
export function composeAssignmentList(lang: Language, assignments: readonly AssignmentLine[]): string {
  if (assignments.length === 0) return lang === 'vi' ? 'Chưa có ai được giao vai trò.' : 'Nobody holds a role yet.';
  return [
    lang === 'vi' ? 'Vai trò đang có hiệu lực (thu hồi: /revoke_assignment <số>):' : 'Active roles (revoke with /revoke_assignment <number>):',
    ...assignments.map((a) => {
      const name = visible(a.displayName);
      const who = a.identities.length > 0 ? `${name} (${visible(a.identities.join(', '))})` : name;
      return `#${a.id} ${who}: ${roleLabel(a.role, lang)}, ${a.unitLabel}`;
    }),
  ].join('\n');
}

/** The outcome of /revoke <code or #id>: the invite revoked as "#12 (…XP)", or what was typed. */
export function composeInviteRevoked(lang: Language, invite: string, revoked: boolean): string {
  if (lang === 'vi') return revoked ? `Đã thu hồi mã mời ${invite}.` : `Không có mã mời nào còn hiệu lực là "${invite.slice(0, 20)}".`;
  return revoked ? `Invite code ${invite} revoked.` : `No usable invite code "${invite.slice(0, 20)}".`;
}

/** The outcome of /revoke_assignment <id>. */
export function composeAssignmentRevoked(lang: Language, id: string, revoked: boolean): string {
  if (lang === 'vi') return revoked ? `Đã thu hồi vai trò #${id}.` : `Không có vai trò nào đang hiệu lực với số "${id.slice(0, 20)}".`;
  return revoked ? `Role #${id} revoked.` : `No active role numbered "${id.slice(0, 20)}".`;
}

/** The unit named in a command matched nothing, or several units. */
export function composeUnitNotResolved(lang: Language, typed: string, candidates: readonly string[]): string {
  const name = typed.slice(0, 60);
  const list = candidates.map((c) => `- ${c}`);
  if (lang === 'vi') {
    return candidates.length > 0
      ? [`"${name}" có thể là:`, ...list, 'Ghi rõ hơn (kèm loại đơn vị và tỉnh) hoặc dùng mã, ví dụ post2025:16681.'].join('\n')
      : `Không tìm thấy đơn vị "${name}". Ghi rõ loại đơn vị và tỉnh, hoặc dùng mã, ví dụ post2025:16681.`;
  }
  return candidates.length > 0
    ? [`"${name}" could be:`, ...list, 'Be more specific (unit type and province) or use a code, e.g. post2025:16681.'].join('\n')
    : `No unit "${name}" was found. Give the unit type and province, or a code such as post2025:16681.`;
}
