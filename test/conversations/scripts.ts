/**
 * Conversation scripts: what people send and what they must read back, as data. The same script runs
 * unchanged on every channel (console, Telegram and Zalo, by webhook and by polling); a driver per
 * channel sends the text and returns the reply as the user reads it (see normalise.ts). A reminder
 * step moves the bot's clock and runs the reminder machinery; its answer is what the persona's chat
 * receives unasked (not applicable on the console, which the bot cannot message first).
 */
import { expect } from 'vitest';
import type { Role } from '../../src/core/types.js';

/** Someone in the script; each channel gives them an identity of its own. */
export type Persona = 'focal' | 'official';

/** A code created through the store before the script runs; the persona redeems it in the chat. */
export interface ScriptInvite {
  readonly code: string;
  readonly role: Role;
  /** The unit's name as the reference data spells it (a post-2025 unit). */
  readonly unit: string;
  /** The province the unit lies in; absent when the unit is the province itself. */
  readonly province?: string;
}

/** What a reply must satisfy: every pattern matches, or the function's assertions pass. */
export type Expectation = readonly RegExp[] | ((reply: string) => void);

/** One message and what its reply must say. */
export interface MessageStep {
  readonly as: Persona;
  readonly send: string;
  /** The text answers the previous reply's choices: on a channel with buttons, the button is pressed. */
  readonly choose?: boolean;
  readonly expect: Expectation;
}

/** The clock moves, the reminders run once (planning, then delivery), and the persona's chat must read this. */
export interface ReminderStep {
  readonly as: Persona;
  /** The instant (ISO, with its offset) the bot's clock moves to before the run. */
  readonly remindAt: string;
  readonly expect: Expectation;
}

export type Step = MessageStep | ReminderStep;

/** Whether the step is a reminder run rather than a message. */
export function isReminder(step: Step): step is ReminderStep {
  return 'remindAt' in step;
}

/** A named conversation. */
export interface ConversationScript {
  readonly name: string;
  readonly invites: readonly ScriptInvite[];
  /** Where the bot's clock stands at the start (ISO); absent: the system clock, and no reminder steps. */
  readonly startsAt?: string;
  readonly steps: readonly Step[];
}

/** Checks a reply against a step's expectation (with the reply in the failure message). */
export function check(step: Step, reply: string): void {
  if (typeof step.expect === 'function') {
    step.expect(reply);
    return;
  }
  const what = isReminder(step) ? `what came at ${step.remindAt}` : `reply to "${step.send}"`;
  for (const pattern of step.expect) expect(reply, what).toMatch(pattern);
}

/** The reply must be exactly these lines. */
function exactly(...lines: string[]): Expectation {
  return (reply) => expect(reply).toBe(lines.join('\n'));
}

/** The six wards Vinh city became on 1 July 2025. */
const VINH_WARDS = ['Thanh Vinh', 'Truong Vinh', 'Vinh Phu', 'Vinh Loc', 'Cua Lo', 'Vinh Hung'];

/**
 * A focal point of a ward in Nghệ An and an official of the province: registering, asking about
 * coverage, choosing from a list, submitting, confirming a large change, asking who has not
 * reported, and undoing.
 */
export const WARD_AND_PROVINCE: ConversationScript = {
  name: 'a ward focal point and a provincial official',
  // A fixed day (the expected "latest six months" and "late" depend on it): after the 2026 six-month deadline.
  startsAt: '2026-12-03T09:00:00+07:00',
  invites: [
    { code: 'CONVFP26', role: 'focal_point', unit: 'Trường Vinh', province: 'Nghệ An' },
    { code: 'CONVOF26', role: 'official', unit: 'Nghệ An' },
  ],
  steps: [
    { as: 'focal', send: 'coverage for Vinh city', expect: [/You are not registered yet\. Send: dangky <invite code>/] },
    {
      as: 'focal',
      send: '/start CONVFP26',
      expect: [/^Đăng ký thành công: bạn là đầu mối của Phường Trường Vinh, Tỉnh Nghệ An\.$/m],
    },
    { as: 'official', send: '/start CONVOF26', expect: [/^Đăng ký thành công: bạn là cán bộ theo dõi của Tỉnh Nghệ An\.$/m] },
    {
      as: 'official',
      send: 'coverage for Vinh city',
      expect: (reply) => {
        expect(reply).toMatch(/^No figures of its own for Vinh City, Nghe An Province/);
        for (const ward of VINH_WARDS) expect(reply).toContain(`${ward} Ward`);
      },
    },
    {
      // A province, a city and a ward share the name: the province is answered, the others named.
      as: 'official',
      send: 'Bắc Kạn',
      expect: [
        /^Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn \(trước 1\/7\/2025\)$/m,
        /15,54% \(31\.455\/202\.418/,
        /^Cùng tên: Thành phố Bắc Kạn, .*Phường Bắc Kạn, Tỉnh Thái Nguyên/m,
      ],
    },
    {
      // Eighteen districts and communes called Châu Thành, none above the others: asked back.
      as: 'official',
      send: 'Châu Thành',
      expect: [/^Có nhiều địa danh trùng tên/, /^1\. Huyện Châu Thành, Tỉnh Tây Ninh \(trước 1\/7\/2025\)$/m, /^2\. Huyện Châu Thành, Tỉnh Long An/m],
    },
    {
      as: 'official',
      send: '1',
      choose: true,
      expect: [/^Chưa có số liệu riêng của Huyện Châu Thành, Tỉnh Tây Ninh \(trước 1\/7\/2025\)\.$/m, /^Đã sắp xếp từ 1\/7\/2025 vào: /m],
    },
    {
      as: 'focal',
      send: 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000',
      expect: [/^Đã ghi nhận số liệu 6 tháng đầu năm 2025 của Phường Trường Vinh, Tỉnh Nghệ An \(phiên bản 1\):/, /^• BHXH: 24,64% \(44\.350\/180\.000\)/m],
    },
    {
      // Every figure is 50 % above the previous period's: held until confirmed.
      as: 'focal',
      send: 'nop 6T/2026 bb 61.800 tn 4.725 ld 270.000',
      expect: [/^Chưa ghi nhận số liệu 6 tháng đầu năm 2026/, /^• bb: 41\.200 → 61\.800 \(\+50%\)$/m, /^1\. xac nhan\n2\. huy$/m],
    },
    {
      as: 'focal',
      send: 'xac nhan',
      choose: true,
      expect: [
        /^Đã ghi nhận số liệu 6 tháng đầu năm 2026 của Phường Trường Vinh, Tỉnh Nghệ An \(phiên bản 1\):/,
        /^Đã xác nhận thay đổi hơn 30% so với kỳ trước: ld, bb, tn\.$/m,
      ],
    },
    {
      as: 'official',
      send: 'ai chưa nộp báo cáo 6 tháng?',
      expect: (reply) => {
        expect(reply).toMatch(/^Báo cáo 6 tháng đầu năm 2026 — Tỉnh Nghệ An: 1\/130 xã, phường đã nộp \(1 muộn\)\./);
        expect(reply).toMatch(/^Chưa nộp \(129\):$/m);
        expect(reply).not.toContain('Trường Vinh');
      },
    },
    {
      // The receipt's undo button on Telegram; typed on the channels without buttons.
      as: 'focal',
      send: 'hoan tac',
      choose: true,
      expect: [/^Đã huỷ phiên bản 1 số liệu 6 tháng đầu năm 2026 của Phường Trường Vinh, Tỉnh Nghệ An\. Kỳ này hiện chưa có số liệu\.$/],
    },
  ],
};

/** Friday 3 July 2026, the 1-day nudge of the six-month report (it runs to Monday 6 July: 4 July is a Saturday), at 8:00 in Asia/Ho_Chi_Minh. */
const NUDGE_DAY = '2026-07-03T08:00:00+07:00';

/**
 * The focal point of a commune that has not reported for the six months: registered before the day's
 * reminders go out, nudged at 8:00, answers the nudge in the one line it suggests (on time), and
 * hears nothing more that day or on the next reminder day.
 */
export const REMINDED_COMMUNE: ConversationScript = {
  name: 'a commune focal point answering a reminder',
  invites: [{ code: 'CONVNL26', role: 'focal_point', unit: 'Nghi Lộc', province: 'Nghệ An' }],
  // Before the send hour: the worker's start-up catch-up plans nothing while the focal point registers.
  startsAt: '2026-07-03T07:30:00+07:00',
  steps: [
    { as: 'focal', send: '/start CONVNL26', expect: [/^Đăng ký thành công: bạn là đầu mối của Xã Nghi Lộc, Tỉnh Nghệ An\.$/m] },
    {
      as: 'focal',
      remindAt: NUDGE_DAY,
      expect: exactly(
        'Nhắc nộp báo cáo: Báo cáo 6 tháng, kỳ 6 tháng đầu năm 2026.',
        'Hạn nộp: 06/07/2026 (còn 3 ngày).',
        'Chưa nộp: Xã Nghi Lộc, Tỉnh Nghệ An.',
        'Bạn chỉ cần trả lời một tin: nop 6T/2026 bb <số> tn <số> ld <số>',
      ),
    },
    {
      as: 'focal',
      send: 'nop 6T/2026 bb 41.200 tn 3.150 ld 180.000',
      expect: exactly(
        'Đã ghi nhận số liệu 6 tháng đầu năm 2026 của Xã Nghi Lộc, Tỉnh Nghệ An (phiên bản 1):',
        'ld 180.000 · bb 41.200 · tn 3.150',
        '• BHXH: 24,64% (44.350/180.000); chưa có chỉ tiêu 2026',
        '• BHXH bắt buộc: 22,89% (41.200/180.000); chưa có chỉ tiêu 2026',
        '• BHXH tự nguyện: 1,75% (3.150/180.000); chưa có chỉ tiêu 2026',
        'Nộp đúng hạn (hạn 06/07/2026).',
        "Gửi 'hoan tac' trong 10 phút để huỷ.",
        '1. hoan tac',
      ),
    },
    // The same occasion planned again (a restart's catch-up): nothing more.
    { as: 'focal', remindAt: NUDGE_DAY, expect: exactly('') },
    // The next reminder day: Monday 6 July, the last day ("before 5 July"; 4 July a Saturday). The commune has reported, so nothing.
    { as: 'focal', remindAt: '2026-07-06T08:00:00+07:00', expect: exactly('') },
  ],
};

/** Every script the channels must agree on. */
export const SCRIPTS: readonly ConversationScript[] = [WARD_AND_PROVINCE, REMINDED_COMMUNE];
