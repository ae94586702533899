/**
 * The console driver: one scripted console chat (runConsoleChat over streams, not a terminal) per
 * persona, on a message handler over its own database, as `npm run chat -- --user <id>` composes it.
 * A reply is everything printed up to the empty line that ends it. The bot cannot start a console
 * conversation (console identities are not reachable for reminders), so this driver has no `remind`.
 */

import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { createChartRenderer } from '../../../src/adapters/chart/render-chart.js';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import { openStore } from '../../../src/adapters/db/open-store.js';
import { createMessageHandler } from '../../../src/app/handle-message.js';
import { loadUnitDirectory } from '../../../src/app/units/unit-directory.js';
import { createConfig } from '../../../src/config.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import { type Clock, systemClock } from '../../../src/ports/clock.js';
import type { Persona } from '../scripts.js';
import { type ChannelDriver, type SeenMessage, waitFor } from './driver.js';

interface ConsoleSession {
  readonly input: PassThrough;
  readonly printed: { text: string };
  readonly done: Promise<void>;
}

/** Opens the database at `databaseUrl` and chats on the console there, at `clock`'s time. */
export async function startConsoleDriver(databaseUrl: string, clock: Clock = systemClock): Promise<ChannelDriver> {
  const opened = await openStore(createConfig({ DATABASE_URL: databaseUrl }));
  const directory = await loadUnitDirectory(opened.store);
  const handler = createMessageHandler({
    store: opened.store,
    units: directory.current,
    clock,
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
    // As `npm run chat` and the service: the chart button under answers with a history.
    charts: createChartRenderer(),
  });
  const sessions = new Map<Persona, ConsoleSession>();

  function sessionOf(persona: Persona): ConsoleSession {
    const existing = sessions.get(persona);
    if (existing) return existing;
    const input = new PassThrough();
    const output = new PassThrough();
    const printed = { text: '' };
    output.on('data', (chunk: Buffer) => void (printed.text += chunk.toString('utf8')));
    const done = runConsoleChat({ handle: handler.handle, input, output, userId: persona, interactive: false });
    const session = { input, printed, done };
    sessions.set(persona, session);
    return session;
  }

  return {
    name: 'console',
    async say(persona, text): Promise<readonly SeenMessage[]> {
      const session = sessionOf(persona);
      session.input.write(`${text}\n`);
      const reply = await waitFor('the console reply', () => {
        const end = session.printed.text.indexOf('\n\n');
        return end < 0 ? undefined : session.printed.text.slice(0, end);
      });
      session.printed.text = session.printed.text.slice(reply.length + 2);
      return [{ text: reply, buttons: [] }];
    },
    async close() {
      for (const session of sessions.values()) {
        session.input.end();
        await session.done;
      }
      await opened.close();
    },
  };
}
