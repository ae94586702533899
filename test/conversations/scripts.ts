/**
 * Conversation scripts: what people send and what they must read back, as data. The same script runs
 * unchanged on every channel (console, Telegram and Zalo, by webhook and by polling); a driver per
 * channel sends the text and returns the reply as the user reads it (see normalise.ts).
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
export interface Step {
  readonly as: Persona;
  readonly send: string;
  /** The text answers the previous reply's choices: on a channel with buttons, the button is pressed. */
  readonly choose?: boolean;
  readonly expect: Expectation;
}

/** A named conversation. */
export interface ConversationScript {
  readonly name: string;
  readonly invites: readonly ScriptInvite[];
  readonly steps: readonly Step[];
}

/** Checks a reply against a step's expectation (with the reply in the failure message). */
export function check(step: Step, reply: string): void {
  if (typeof step.expect === 'function') {
    step.expect(reply);
    return;
  }
  for (const pattern of step.expect) expect(reply, `reply to "${step.send}"`).toMatch(pattern);
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
  invites: [
    { code: 'CONVFP26', role: 'focal_point', unit: 'Trường Vinh', province: 'Nghệ An' },
    { code: 'CONVOF26', role: 'official', unit: 'Nghệ An' },
  ],
  steps: [
    { as: 'focal', send: 'coverage for Vinh city', expect: [/You are not registered yet\. Send: dangky <invite code>/] },
    {
      as: 'focal', send: '/start CONVFP26',
      expect: [/^Đăng ký thành công: bạn là đầu mối của Phường Trường Vinh, Tỉnh Nghệ An\.$/m],
    },
    { as: 'official', send: '/start CONVOF26', expect: [/^Đăng ký thành công: bạn là cán bộ theo dõi của Tỉnh Nghệ An\.$/m] },
    {
      as: 'official', send: 'coverage for Vinh city',
      expect: (reply) => {
        expect(reply).toMatch(/^No figures of its own for Vinh City, Nghe An Province/);
        for (const ward of VINH_WARDS) expect(reply).toContain(`${ward} Ward`);
      },
    },
    {
      as: 'official', send: 'Bắc Kạn',
      expect: [/^Có nhiều địa danh trùng tên/, /^1\. Tỉnh Bắc Kạn \(trước 1\/7\/2025\)$/m, /^2\. Thành phố Bắc Kạn, Tỉnh Bắc Kạn/m, /^3\. Phường Bắc Kạn, Tỉnh Thái Nguyên$/m],
    },
    {
      as: 'official', send: '1', choose: true,
      expect: [/^Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn \(trước 1\/7\/2025\)$/m, /15,54% \(31\.455\/202\.418/],
    },
    {
      as: 'focal', send: 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000',
      expect: [/^Đã ghi nhận số liệu 6 tháng đầu năm 2025 của Phường Trường Vinh, Tỉnh Nghệ An \(phiên bản 1\):/, /^• BHXH: 24,64% \(44\.350\/180\.000\)/m],
    },
    {
      // Every figure is 50 % above the previous period's: held until confirmed.
      as: 'focal', send: 'nop 6T/2026 bb 61.800 tn 4.725 ld 270.000',
      expect: [/^Chưa ghi nhận số liệu 6 tháng đầu năm 2026/, /^• bb: 41\.200 → 61\.800 \(\+50%\)$/m, /^1\. xac nhan\n2\. huy$/m],
    },
    {
      as: 'focal', send: 'xac nhan', choose: true,
      expect: [/^Đã ghi nhận số liệu 6 tháng đầu năm 2026 của Phường Trường Vinh, Tỉnh Nghệ An \(phiên bản 1\):/, /^Đã xác nhận thay đổi hơn 30% so với kỳ trước: ld, bb, tn\.$/m],
    },
    {
      as: 'official', send: 'ai chưa nộp báo cáo 6 tháng?',
      expect: (reply) => {
        expect(reply).toMatch(/^Báo cáo 6 tháng đầu năm 2026 — Tỉnh Nghệ An: 1\/130 xã, phường đã nộp \(1 muộn\)\./);
        expect(reply).toMatch(/^Chưa nộp \(129\):$/m);
        expect(reply).not.toContain('Trường Vinh');
      },
    },
    {
      as: 'focal', send: 'hoan tac',
      expect: [/^Đã huỷ phiên bản 1 số liệu 6 tháng đầu năm 2026 của Phường Trường Vinh, Tỉnh Nghệ An\. Kỳ này hiện chưa có số liệu\.$/],
    },
  ],
};

/** Every script the channels must agree on. */
export const SCRIPTS: readonly ConversationScript[] = [WARD_AND_PROVINCE];
