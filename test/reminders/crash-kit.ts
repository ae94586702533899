/**
 * Helpers of the worker crash test: a reminder worker in its own OS process (the child entry
 * test/support/reminder-worker-child.ts, run with `node --import tsx`) that the test can SIGKILL, a
 * fan-out of focal points seeded into a real database, and what the fake Bot API and the ledger say
 * about each recipient afterwards.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Delivery } from '../../src/ports/delivery-ledger.js';
import type { Store } from '../../src/ports/store.js';
import type { FakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { importProvince, registerPerson } from './reminder-seed.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHILD = resolve(ROOT, 'test/support/reminder-worker-child.ts');

/** A running worker process. */
export interface WorkerProcess {
  /** Resolves once the child has started the reminder service; rejects if it exits first. */
  readonly ready: Promise<void>;
  /** Settles when the process has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its stderr so far (JSON log lines). */
  stderr(): string;
  /** Sends a signal and waits for the process to exit. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a worker process with the test's environment (no channel is on unless `env` turns it on). */
export function spawnWorker(env: Readonly<Record<string, string>>): WorkerProcess {
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: { ...process.env, TELEGRAM_BOT_TOKEN: '', ZALO_BOT_TOKEN: '', PUBLIC_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('exit', (code, signal) => done({ code, signal }));
  });
  const ready = new Promise<void>((done, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      if (stdout.includes('ready\n')) done();
    });
    void exited.then(({ code, signal }) => fail(new Error(`worker exited (${code ?? signal}) before it was ready:\n${stderr}`)));
  });
  ready.catch(() => undefined);
  return {
    ready,
    exited,
    stderr: () => stderr,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Log lines of a worker with this message. */
export function logLines(stderr: string, msg: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === msg);
}

/** Seeds `count` communes of one province, each with its own focal point on Telegram; returns their chat ids. */
export async function seedFanOut(store: Store, count: number, now: Date): Promise<string[]> {
  const communes = Array.from({ length: count }, (_, i) => ({ code: String(92001 + i), name: `Xã Số ${i + 1}` }));
  const ids = await importProvince(store, { code: '92', name: 'Đông Hải' }, communes);
  const chats = communes.map((_, i) => String(50001 + i));
  // A few registrations at once, fewer than the pool's 10 connections: a transaction that waits for a
  // connection longer than Prisma's 2 s gives up, which a busy machine can make happen.
  const BATCH = 4;
  for (let start = 0; start < count; start += BATCH) {
    await Promise.all(
      communes.slice(start, start + BATCH).map((c, j) =>
        registerPerson(
          store,
          {
            channel: 'telegram',
            userId: chats[start + j] ?? '',
            displayName: `Đầu mối ${c.name}`,
            unitIds: [ids.get(c.code) ?? Number.NaN],
          },
          now,
        ),
      ),
    );
  }
  return chats;
}

/** What happened to one recipient: how many messages reached the fake API, and its ledger row's status. */
export interface Outcome {
  readonly chat: string;
  readonly messages: number;
  readonly status: Delivery['status'] | 'no row';
}

/** Each recipient's outcome, in the order of `chats`. */
export async function outcomes(store: Store, api: FakeTelegramApi, chats: readonly string[], rows: readonly Delivery[]): Promise<Outcome[]> {
  const stored = await store.ensurePrivateChats(chats.map((externalChatId) => ({ channel: 'telegram', externalChatId })));
  const statusByChat = new Map(rows.map((r) => [stored.find((c) => c.id === r.chatId)?.externalChatId, r.status]));
  const messages = new Map<string, number>();
  for (const call of api.calls('sendMessage')) {
    const chat = String(call.params.chat_id);
    messages.set(chat, (messages.get(chat) ?? 0) + 1);
  }
  return chats.map((chat) => ({ chat, messages: messages.get(chat) ?? 0, status: statusByChat.get(chat) ?? 'no row' }));
}

/** Outcomes grouped as "messages/status" → count, e.g. { '1/sent': 175, '1/sending': 25 }. */
export function tally(list: readonly Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of list) counts[`${o.messages}/${o.status}`] = (counts[`${o.messages}/${o.status}`] ?? 0) + 1;
  return counts;
}
