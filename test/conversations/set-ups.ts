/**
 * The five channel set-ups every script runs on: the console, and the real service with Telegram or
 * Zalo, each by webhook and by long polling.
 */
import { startConsoleDriver } from './drivers/console.js';
import type { ChannelDriver } from './drivers/driver.js';
import { telegramDriver } from './drivers/telegram.js';
import { zaloDriver } from './drivers/zalo.js';
import { startTestService, type Mode } from './test-service.js';

/** A channel set-up: starts on a seeded database and returns its driver. */
export interface ChannelSetUp {
  readonly name: string;
  start(databaseUrl: string): Promise<ChannelDriver>;
}

const telegram = (mode: Mode): ChannelSetUp => ({
  name: `telegram (${mode})`,
  start: async (databaseUrl) => telegramDriver(await startTestService({ databaseUrl, telegram: mode }), mode),
});

const zalo = (mode: Mode): ChannelSetUp => ({
  name: `zalo (${mode})`,
  start: async (databaseUrl) => zaloDriver(await startTestService({ databaseUrl, zalo: mode }), mode),
});

/** The reference set-up: the others must answer as it does. */
export const CONSOLE: ChannelSetUp = { name: 'console', start: startConsoleDriver };

/** Every set-up, the console first. */
export const SET_UPS: readonly ChannelSetUp[] = [CONSOLE, telegram('webhook'), telegram('polling'), zalo('webhook'), zalo('polling')];
