/**
 * Fuzz: 10,000 random and malformed messages from a registered focal point, through the whole
 * message handler. Every message gets a non-empty reply, nothing crashes, and after each message
 * the store holds either no new version or exactly one whole version, whose counts are those the
 * reply echoes and those of the message (or of the held message it confirmed), a correction's over
 * those of the version it replaced.
 */
import { describe, expect, it } from 'vitest';
import { composeInternalError } from '../../../src/core/answer/index.js';
import { parseSubmission } from '../../../src/core/submission/index.js';
import { countsLine } from '../../../src/core/submission/receipt.js';
import type { Counts } from '../../../src/core/types.js';
import type { SubmissionVersion } from '../../../src/ports/submission-store.js';
import { Random } from '../../support/submission-random.js';
import { makeWorld, registerFocalPoint } from '../../support/submission-world.js';

const SEED = 20261125;
const MESSAGES = 10_000;

const KEYWORDS = ['nop', 'nộp', 'NOP', '/nop', '/submit', '/submit@baophu_bot', 'sua', 'sửa', '/fix', '', '', ''];
const KEYS = ['ld', 'lđ', 'lao động', 'ds', 'dân số', 'bb', 'bắt buộc', 'tn', 'tự nguyện', 'bhtn', 'bhyt', 'huu', 'hưu', 'sth', 'bx', 'xx', 'bhxh'];
const PERIODS = ['', '', '', 'T6/2026', '6T/2026', 'Q2/2026', '9T/2025', '2025', 'T13/2026', '6T/26', 'T1/2027', 'Q5/2026', '2026', 'T11/2026'];
const NUMBERS = ['41.200', '41 200', '41200', '3.150', '180.000', '0', '-5', '41,5', '1.5', '12.34.5', '999999999999', '1e5', '١٢', '', '+7', '1.000.000'];
const WORDS = [
  'xac nhan',
  'Xác nhận',
  '/xacnhan',
  'huy',
  'hủy',
  '1',
  '2',
  'hoan tac',
  'hoàn tác',
  'undo',
  '/undo',
  '/trangthai',
  'trang thai',
  '/status',
  'confirm',
  'cancel',
];
const NOISE = ['Vinh', 'phường 3', 'Cửa Lò', 'bhyt Hải Phòng', ':', '=', ';', ',', '\n', '@', '#', '%', '🙂', '\u0000', 'ü', 'đ', '  ', '/'];

function message(r: Random): string {
  const kind = r.int(0, 9);
  if (kind === 0) return r.pick(WORDS);
  if (kind === 1) return Array.from({ length: r.int(0, 30) }, () => String.fromCharCode(r.int(0, 0x2fff))).join('');
  if (kind === 2) return r.pick(NOISE).repeat(r.int(1, 400));
  const parts = [r.pick(KEYWORDS), r.pick(PERIODS)];
  for (let i = r.int(0, 6); i > 0; i -= 1) {
    parts.push(r.chance(0.9) ? r.pick(KEYS) : r.pick(NOISE));
    parts.push(r.chance(0.5) ? String(r.int(0, 250_000)) : r.pick(NUMBERS));
    if (r.chance(0.2)) parts.push(r.pick([',', ';', ':', '=']));
  }
  if (r.chance(0.15)) parts.splice(r.int(0, parts.length), 0, r.pick(NOISE));
  return parts.join(r.chance(0.8) ? ' ' : '');
}

const isHeld = (text: string) => /^(Chưa ghi nhận số liệu|The figures for .* are not recorded yet)/.test(text);

describe('submission fuzz', () => {
  it(`answers ${MESSAGES} random messages, never crashing and never storing part of a submission`, async () => {
    let saved: { version: SubmissionVersion; previous: SubmissionVersion | null }[] = [];
    const world = await makeWorld((store) => ({
      ...store,
      async saveSubmission(input) {
        const result = await store.saveSubmission(input);
        if (result.created) saved.push({ version: result.version, previous: result.previous });
        return result;
      },
    }));
    const [unit] = world.communes;
    if (!unit) throw new Error('no commune');
    await registerFocalPoint(world, 'fuzz', [unit], 'telegram');
    const r = new Random(SEED);
    let held: Counts | null = null;
    let heldCorrection = false;
    let crashes = 0;
    const seen = { recorded: 0, held: 0 };

    for (let i = 0; i < MESSAGES; i += 1) {
      const text = message(r);
      world.clock.advance(r.int(0, 15 * 60_000));
      saved = [];
      const messageId = String(r.chance(0.05) ? r.int(0, i) : i);
      const reply = await world.handler.handle({ channel: 'telegram', chatId: 'fz', userId: 'fuzz', text, messageId });
      expect(reply.text.trim().length, text).toBeGreaterThan(0);
      if (reply.text === composeInternalError('vi') || reply.text === composeInternalError('en')) crashes += 1;
      expect(saved.length, text).toBeLessThanOrEqual(1);
      const parsed = parseSubmission(text, { keywordOptional: true });
      const version = saved[0]?.version;
      if (version) {
        seen.recorded += 1;
        const own = parsed.kind === 'ok' ? parsed.submission.counts : null;
        // A correction ("sua") keeps the keys it does not name from the version it replaces.
        const before = saved[0]?.previous?.counts ?? {};
        const kept = (named: Counts | null, correction: boolean) => (named === null || !correction ? null : { ...before, ...named });
        const correction = parsed.kind === 'ok' && parsed.submission.correction;
        expect([own, held, kept(own, correction), kept(held, heldCorrection)], text).toContainEqual(version.counts);
        const lang = /^(Recorded)/.test(reply.text) ? 'en' : 'vi';
        expect(reply.text, text).toContain(countsLine(version.counts, lang));
        expect((await world.store.findSubmission(unit.id, version.period ?? ''))?.counts).toEqual(version.counts);
      }
      if (isHeld(reply.text) && parsed.kind === 'ok') {
        held = parsed.submission.counts;
        heldCorrection = parsed.submission.correction;
        seen.held += 1;
      }
    }
    expect(crashes).toBe(0);
    // The mix reaches the interesting paths, not only the error replies.
    expect(seen.recorded).toBeGreaterThan(100);
    expect(seen.held).toBeGreaterThan(20);
  }, 240_000);
});
