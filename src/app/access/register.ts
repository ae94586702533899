/**
 * Registration: "/start <code>" (also what a Telegram deep link sends), "dangky <code>",
 * "/dangky <code>" or "đăng ký <code>" binds the sender's chat identity to the role the invite
 * grants. A registered person can use another code to take on another role or unit.
 */
import { composeInviteProblem, composeRegistrationHint, composeWelcome } from '../../core/access/registration-replies.js';
import { fold } from '../../core/text/fold.js';
import { rememberedReader } from '../../core/text/remembered.js';
import { describeUnit } from '../../core/units/describe-unit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { Invite, PeopleStore } from '../../ports/people-store.js';
import { actorOfTurn, defaultDisplayName, recordAudit } from '../speaker.js';
import type { AppDeps, Feature, Turn } from '../turn.js';
import { redactSecrets } from './invite-code.js';

/** Deep-link payloads and typed codes: letters, digits, "_" and "-", never very long. */
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A registration message: its keyword and the code after it ('' when there is none). */
export interface RegistrationRequest {
  readonly keyword: 'start' | 'dangky';
  readonly code: string;
}

/**
 * Reads "/start K7QH2MXP", "/start@baophu_bot K7QH2MXP", "dangky K7QH2MXP", "/dangky …",
 * "Đăng ký …"; null for any other message. The keyword is matched folded, the code as typed.
 * Remembered per message.
 */
export const readRegistration = rememberedReader(readRegistrationOnce);

function readRegistrationOnce(text: string): RegistrationRequest | null {
  const words = text.trim().split(/\s+/);
  const first = (words[0] ?? '').replace(/@[\w.]+$/, '');
  const keyword = fold(first);
  // The code is the word after the keyword; anything after it ("… please", "… cảm ơn") is ignored.
  if (first.startsWith('/') && keyword === 'start') return { keyword: 'start', code: words[1] ?? '' };
  if (keyword === 'dangky') return { keyword: 'dangky', code: words[1] ?? '' };
  if (keyword === 'dang' && fold(words[1] ?? '') === 'ky') return { keyword: 'dangky', code: words[2] ?? '' };
  return null;
}

/** Registers the sender with an invite code; the keyword without a code gets the hint. */
export const register: Feature<AuditLog & PeopleStore> = async (turn, deps) => {
  const request = readRegistration(turn.text);
  if (!request) return null;
  const { code } = request;
  if (code === '') {
    // "/start" alone opens every new Telegram chat: someone registered gets the usual help instead.
    const registered = turn.speaker.localAdmin || turn.speaker.person !== null;
    return request.keyword === 'start' && registered ? null : { text: composeRegistrationHint(turn.language) };
  }
  // A reply that repeats the code keeps it out of the reply ledger (Reply.secrets), used or not.
  if (!CODE.test(code)) return { text: composeInviteProblem(turn.language, code, 'unknown'), secrets: [code] };
  const identity = { channel: turn.message.channel, userId: turn.message.userId, displayName: defaultDisplayName(turn.message) };
  const result = await deps.store.redeemInvite(code, identity, turn.now);
  if (!result.ok) return { text: composeInviteProblem(turn.language, code, result.reason), secrets: [code] };
  const { invite, person } = result;
  // The audit names the invite by id and hint: the code used is dead, but a secret all the same.
  const actor = actorOfTurn(turn);
  await recordAudit(deps.store, { ...actor, personId: person.id, rawText: redactSecrets(actor.rawText, [code]) }, turn.now, 'register', invite.unitId, {
    inviteId: invite.id,
    codeHint: invite.codeHint,
    role: invite.role,
  });
  return { text: welcome(turn, deps, invite) };
};

function welcome(turn: Turn, deps: AppDeps<unknown>, invite: Invite): string {
  const index = deps.units();
  const unit = index.get(invite.unitId);
  return composeWelcome(turn.language, invite.role, unit ? describeUnit(unit, index, turn.language) : `#${invite.unitId}`);
}
