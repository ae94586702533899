/**
 * The five channel set-ups every script runs on: the console, and the real service with Telegram or
 * Zalo, each by webhook and by long polling.
 */
import type { Clock } from '../../src/ports/clock.js';
import { startConsoleDriver } from './drivers/console.js';
import type { ChannelDriver } from './drivers/driver.js';
import { telegramDriver } from './drivers/telegram.js';
import { zaloDriver } from './drivers/zalo.js';
import { type Mode, startTestService } from './test-service.js';

/** What a script asks of the set-up it runs on. */
export interface RunOptions {
  /** The time the bot works with (default: the system's). */
  readonly clock?: Clock;
  /** The script has reminder steps: start the reminder workers where the channel has them. */
  readonly reminders?: boolean;
}

/** A channel set-up: starts on a seeded database and returns its driver. */
export interface ChannelSetUp {
  readonly name: string;
  start(databaseUrl: string, options?: RunOptions): Promise<ChannelDriver>;
}

const telegram = (mode: Mode): ChannelSetUp => ({
  name: `telegram (${mode})`,
  start: async (databaseUrl, options = {}) => telegramDriver(await startTestService({ databaseUrl, telegram: mode, ...options }), mode),
});

const zalo = (mode: Mode): ChannelSetUp => ({
  name: `zalo (${mode})`,
  start: async (databaseUrl, options = {}) => zaloDriver(await startTestService({ databaseUrl, zalo: mode, ...options }), mode),
});

/** The reference set-up: the others must answer as it does. */
export const CONSOLE: ChannelSetUp = { name: 'console', start: (databaseUrl, options = {}) => startConsoleDriver(databaseUrl, options.clock) };

/** Every set-up, the console first. */
export const SET_UPS: readonly ChannelSetUp[] = [CONSOLE, telegram('webhook'), telegram('polling'), zalo('webhook'), zalo('polling')];
