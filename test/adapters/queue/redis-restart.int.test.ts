/**
 * A Redis restart is survived: the test runs its own redis-server (the shared one must stay up for
 * the other files), kills it with SIGKILL mid-run, starts it again on the same port with an empty
 * dataset (no persistence, the worst case), and the same worker, connection and queue go on to deliver
 * a job added afterwards. The outage is logged once, not per reconnect attempt, and readiness says so;
 * a producer connection fails fast during the outage instead of hanging.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisConnection, pingRedis } from '../../../src/adapters/queue/redis-connection.js';
import { type ClosableReminderQueue, createReminderQueue } from '../../../src/adapters/queue/reminder-queue.js';
import { type ReminderWorker, startReminderWorker } from '../../../src/adapters/queue/reminder-worker.js';
import type { DeliveryJob } from '../../../src/ports/reminder-queue.js';
import { freePort } from '../../setup/free-port.js';
import { findRedisServer } from '../../setup/throwaway-redis.js';
import { makeDeliveryJob, recordingLogger, uniquePrefix, waitFor } from './queue-kit.js';

/** The server's password: it must never reach the log. */
const PASSWORD = 'not-to-be-logged';
const urlOf = (port: number) => `redis://:${PASSWORD}@127.0.0.1:${port}`;

/** Starts redis-server on `port` and resolves once it answers. */
async function startRedis(executable: string, port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    executable,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--requirepass', PASSWORD],
    { stdio: 'ignore' },
  );
  const probe = createRedisConnection(urlOf(port), { log: recordingLogger().log });
  try {
    await waitFor('redis-server to answer', () => pingRedis(probe), 10_000);
  } finally {
    probe.disconnect();
  }
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('a Redis restart', () => {
  const executable = findRedisServer();
  const dir = mkdtempSync(join(tmpdir(), 'baophu-redis-restart-'));
  let server: ChildProcess | undefined;
  let connection: Redis | undefined;
  let reminders: ClosableReminderQueue | undefined;
  let producer: Redis | undefined;
  let fromChat: ClosableReminderQueue | undefined;
  let worker: ReminderWorker | undefined;

  afterAll(async () => {
    await worker?.close(1_000);
    await reminders?.close();
    await fromChat?.close();
    connection?.disconnect();
    producer?.disconnect();
    if (server) await kill(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is survived by the connection, the queue and the worker', async () => {
    if (!executable) throw new Error('No redis-server: install Redis to run the integration tests.');
    const port = await freePort();
    server = await startRedis(executable, port, dir);

    const { log, entries } = recordingLogger();
    connection = createRedisConnection(urlOf(port), { log });
    const prefix = uniquePrefix('restart');
    reminders = createReminderQueue({ connection, prefix, log });
    const delivered: DeliveryJob[] = [];
    worker = startReminderWorker({
      connection,
      prefix,
      log,
      rates: { telegram: 50 },
      spacingMs: { private: 0, group: 0 },
      schedules: async () => [],
      plan: async () => {},
      deliver: async (job) => {
        delivered.push(job);
        return 'sent';
      },
    });
    await worker.started;
    // A producer connection, as a bot handler would use to request a sync after a calendar edit.
    producer = createRedisConnection(urlOf(port), { log, role: 'producer' });
    fromChat = createReminderQueue({ connection: producer, prefix, log });
    await fromChat.requestSync();
    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 1 })]);
    await waitFor('the first delivery', () => delivered.length === 1);

    await kill(server);
    await waitFor('the connection to notice', async () => !(await pingRedis(connection!)));
    await waitFor('the producer to notice', async () => !(await pingRedis(producer!)));
    // The producer fails at once rather than hanging until Redis is back.
    await expect(fromChat.requestSync()).rejects.toThrow(/enableOfflineQueue|writeable|closed/i);
    await sleep(1_500); // several reconnect attempts (100, 200, 400, 800 ms) fail meanwhile
    server = await startRedis(executable, port, dir);
    await waitFor('the connection to come back', () => pingRedis(connection!), 15_000);
    await waitFor('the producer to come back', () => pingRedis(producer!), 15_000);
    await fromChat.requestSync();

    await reminders.enqueueDeliveries([makeDeliveryJob({ deliveryId: 2 })]);
    await waitFor('the delivery after the restart', () => delivered.length === 2, 30_000);
    expect(delivered.map((j) => j.deliveryId)).toEqual([1, 2]);

    const messages = entries.map((e) => e.msg);
    // One outage, two connections (worker and producer): each logs it once.
    expect(messages.filter((m) => m === 'redis connection lost; reconnecting')).toHaveLength(2);
    expect(messages.filter((m) => m === 'redis connection restored')).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
  });
});
