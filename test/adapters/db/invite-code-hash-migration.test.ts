/**
 * Migration 20261222090000_invite_code_hash on a database that holds invite codes in clear text: each
 * code is replaced by the SHA-256 of its normalised form and a hint, and still redeems; the reply that
 * showed it and the audit trail lose it; the hash stays unique.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../../../src/adapters/db/sql-executor.js';
import { hashInviteCode } from '../../../src/app/access/invite-code.js';
import { type DatabaseBefore, databaseBefore } from '../../support/database-before.js';

const MIGRATION = '20261222090000_invite_code_hash';
const CODE = 'K7QH2MXP';

describe(`migration ${MIGRATION}`, () => {
  let before: DatabaseBefore;
  let db: SqlExecutor;
  let inviteId: unknown;
  beforeAll(async () => {
    before = await databaseBefore(MIGRATION);
    db = before.db;
    const [unit] = await db.query(`INSERT INTO "unit" ("structure", "level", "code", "name", "full_name", "type", "type_code", "name_en", "code_name")
      VALUES ('post2025', 'province', '40', 'Nghệ An', 'Tỉnh Nghệ An', 'Tỉnh', 'province', 'Nghe An', 'nghe_an') RETURNING "id"`);
    const [invite] = await db.query(`INSERT INTO "invite" ("code", "unit_id", "role", "expires_at") VALUES ($1, $2, 'official', '2100-01-01') RETURNING "id"`, [
      CODE,
      unit?.id,
    ]);
    inviteId = invite?.id;
    await db.query(`INSERT INTO "invite" ("code", "unit_id", "role", "expires_at", "used_at") VALUES ('USED2345', $1, 'official', '2100-01-01', now())`, [
      unit?.id,
    ]);
    await db.query(
      `INSERT INTO "inbound_message" ("channel", "external_chat_id", "external_message_id", "reply") VALUES
      ('telegram', '1', '1', $1), ('telegram', '1', '2', 'Xin chào')`,
      [`Mã mời cán bộ theo dõi của Tỉnh Nghệ An: ${CODE}\nNgười được mời gửi cho bot: dangky ${CODE} (trên Telegram: /start ${CODE})`],
    );
    await db.query(
      `INSERT INTO "audit_event" ("action", "unit_id", "raw_text", "details") VALUES
      ('invite', $1, '/invite Nghệ An can bo', $2::jsonb),
      ('register', $1, $3, $4::jsonb),
      ('submission', $1, 'x', '{"code": "not an invite"}'::jsonb)`,
      [
        unit?.id,
        JSON.stringify({ code: CODE, role: 'official', expiresAt: '2100-01-01' }),
        '/start used2345',
        JSON.stringify({ code: 'USED2345', role: 'official', inviteId: 2 }),
      ],
    );
  });
  afterAll(() => before.close());

  it('applies', async () => {
    expect(await before.apply(MIGRATION)).toEqual([MIGRATION]);
  });

  it('hashes each code as the service does, keeping a hint and nothing else of it', async () => {
    const rows = await db.query('SELECT "id", "code_hash", "code_hint" FROM "invite" ORDER BY "id"');
    expect(rows).toEqual([
      { id: inviteId, code_hash: hashInviteCode(CODE), code_hint: 'XP' },
      { id: expect.any(Number), code_hash: createHash('sha256').update('USED2345').digest('hex'), code_hint: '45' },
    ]);
  });

  it('finds a live code by the hash of what is typed, and keeps the hash unique', async () => {
    const [found] = await db.query('SELECT "id" FROM "invite" WHERE "code_hash" = $1 AND "used_at" IS NULL', [hashInviteCode(' k7qh2mxp ')]);
    expect(found?.id).toBe(inviteId);
    await expect(
      db.query(
        `INSERT INTO "invite" ("code_hash", "code_hint", "unit_id", "role", "expires_at") SELECT "code_hash", 'XP', "unit_id", 'official', '2100-01-01' FROM "invite" WHERE "id" = $1`,
        [inviteId],
      ),
    ).rejects.toThrow(/unique/);
  });

  it('takes the codes out of the reply ledger and the audit trail, leaving other details', async () => {
    const replies = await db.query('SELECT "reply" FROM "inbound_message" ORDER BY "id"');
    expect(replies.map((r) => r.reply)).toEqual([
      'Mã mời cán bộ theo dõi của Tỉnh Nghệ An: ‹code›\nNgười được mời gửi cho bot: dangky ‹code› (trên Telegram: /start ‹code›)',
      'Xin chào',
    ]);
    const audit = await db.query('SELECT "action", "raw_text", "details" FROM "audit_event" ORDER BY "id"');
    expect(audit).toEqual([
      { action: 'invite', raw_text: '/invite Nghệ An can bo', details: { inviteId, codeHint: 'XP', role: 'official', expiresAt: '2100-01-01' } },
      { action: 'register', raw_text: '/start ‹code›', details: { inviteId: 2, codeHint: '45', role: 'official' } },
      { action: 'submission', raw_text: 'x', details: { code: 'not an invite' } },
    ]);
  });
});
