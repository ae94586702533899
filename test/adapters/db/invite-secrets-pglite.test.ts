/**
 * Invite codes are secrets shown once, on the embedded database: a code made in
 * chat or on the command line is in no row of the database (the invite keeps its hash and hint, the
 * reply ledger ‹code›, the audit trail the invite's id and hint), still registers the person who
 * types it, and no listing shows it.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openStore } from '../../../src/adapters/db/open-store.js';
import { inviteCommand, invitesCommand } from '../../../src/admin/commands/index.js';
import { answerOnce } from '../../../src/app/answer-once.js';
import { createMessageHandler } from '../../../src/app/handle-message.js';
import type { Reply } from '../../../src/app/message.js';
import { loadUnitDirectory } from '../../../src/app/units/unit-directory.js';
import { createConfig } from '../../../src/config.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import { manualClock } from '../../support/manual-clock.js';

const NOW = '2026-11-25T02:00:00Z';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('invite codes at rest, on PGlite', () => {
  let dataDir: string;
  let opened: OpenedStore;
  let chatCode = '';
  let cliCode = '';
  let messageId = 0;
  const clock = manualClock(NOW);
  let say: (userId: string, text: string) => Promise<string>;
  /** Every row of the tables that could hold a code, as JSON. */
  let tables = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'baophu-invite-secrets-'));
    opened = await openStore(createConfig({ DATA_DIR: dataDir }));
    const { store } = opened;
    await store.importUnits([
      {
        structure: 'post2025',
        validFrom: null,
        validTo: null,
        level: 'province',
        code: '40',
        name: 'Nghệ An',
        fullName: 'Tỉnh Nghệ An',
        type: 'Tỉnh',
        typeCode: 'province',
        nameEn: 'Nghe An',
        codeName: 'nghe_an',
        parent: null,
      },
    ]);
    const directory = await loadUnitDirectory(store);
    const log = pino({ level: 'silent' });
    const handler = createMessageHandler({ store, units: directory.current, clock, log, schedules: () => DEFAULT_SCHEDULES });
    const answer = answerOnce({ handle: (message, key) => handler.handle(message, key), inbound: store, clock, log });
    say = async (userId, text) => {
      let sent: Reply | undefined;
      messageId += 1;
      await answer({ channel: 'telegram', chatId: userId, userId, messageId: String(messageId), text }, async (reply) => {
        sent = reply;
      });
      return sent?.text ?? '';
    };
    const province = (await store.listUnits()).find((u) => u.code === '40');
    await store.createInvite({ code: 'BOOTADM1', unitId: province?.id ?? -1, role: 'admin', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
    await say('900', '/start BOOTADM1');
  });

  afterAll(async () => {
    await opened.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows a code made in chat this once', async () => {
    const reply = await say('900', '/invite post2025:40 can bo');
    chatCode = /: ([A-Z2-9]{8})$/m.exec(reply)?.[1] ?? '';
    expect(chatCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(reply).toContain(`dangky ${chatCode}`);
  });

  it('shows a code made on the command line this once', async () => {
    const lines: string[] = [];
    await inviteCommand(opened.store, ['--unit', 'post2025:40', '--role', 'focal_point'], (line) => lines.push(line), clock);
    cliCode = lines.at(-1) ?? '';
    expect(cliCode).toMatch(/^[A-Z2-9]{8}$/);
  });

  it('lists the invites by id and hint, in chat and on the command line, never by code', async () => {
    const chat = await say('900', '/invites');
    expect(chat).toContain(`…${chatCode.slice(-2)}: cán bộ theo dõi`);
    const lines: string[] = [];
    await invitesCommand(opened.store, [], (line) => lines.push(line), clock);
    expect(lines.join('\n')).toContain(`…${cliCode.slice(-2)}  focal_point`);
    for (const code of [chatCode, cliCode]) {
      expect(chat).not.toContain(code);
      expect(lines.join('\n')).not.toContain(code);
    }
  });

  it('still registers whoever types a code, in any case', async () => {
    expect(await say('901', `/start ${chatCode.toLowerCase()}`)).toContain('Tỉnh Nghệ An');
    expect(await say('902', `dangky ${cliCode}`)).toContain('Tỉnh Nghệ An');
    expect(await say('903', `dangky ${cliCode}`)).toMatch(/đã được dùng/);
  });

  it('keeps no code in any row: the invite has its hash and hint, the ledger ‹code›, the audit the id and hint', async () => {
    await opened.close();
    const db = await PGlite.create(dataDir);
    try {
      const invites = (await db.query<Record<string, unknown>>('SELECT * FROM "invite" ORDER BY "id"')).rows;
      const inbound = (await db.query<Record<string, unknown>>('SELECT * FROM "inbound_message" ORDER BY "id"')).rows;
      const audit = (await db.query<Record<string, unknown>>('SELECT * FROM "audit_event" ORDER BY "id"')).rows;
      tables = JSON.stringify({ invites, inbound, audit });
      expect(invites.map((i) => [i.code_hash, i.code_hint])).toEqual([
        [sha256('BOOTADM1'), 'M1'],
        [sha256(chatCode), chatCode.slice(-2)],
        [sha256(cliCode), cliCode.slice(-2)],
      ]);
      expect(inbound.map((m) => m.reply).find((r) => String(r).includes('dangky'))).toContain('dangky ‹code› (trên Telegram: /start ‹code›)');
      const made = audit.filter((a) => a.action === 'invite').map((a) => a.details);
      expect(made).toEqual([
        expect.objectContaining({ inviteId: invites[1]?.id, codeHint: chatCode.slice(-2), role: 'official' }),
        expect.objectContaining({ inviteId: invites[2]?.id, codeHint: cliCode.slice(-2), role: 'focal_point' }),
      ]);
    } finally {
      await db.close();
    }
    for (const code of ['BOOTADM1', chatCode, cliCode]) {
      expect(tables).not.toContain(code);
      expect(tables.toLowerCase()).not.toContain(code.toLowerCase());
    }
    opened = await openStore(createConfig({ DATA_DIR: dataDir }));
  });
});
