/**
 * One set of conversation scripts, run unchanged on the console and on the real service with
 * Telegram and Zalo (webhook and polling), against fake Bot APIs over real HTTP, a real PostgreSQL
 * and, for reminders, a real Redis: every reply meets the script, and every channel gives the
 * console's answers. Reminders do not apply on the console (the bot cannot message a console user
 * first): there the channels must agree among themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManualClock, manualClock } from '../support/manual-clock.js';
import type { ChannelDriver, SeenMessage } from './drivers/driver.js';
import { createInvites } from './invites.js';
import { readable } from './normalise.js';
import { check, isReminder, SCRIPTS, type Step } from './scripts.js';
import { type SeededDatabases, seededDatabases } from './seeded-databases.js';
import { CONSOLE, SET_UPS } from './set-ups.js';

let databases: SeededDatabases;
beforeAll(async () => {
  databases = await seededDatabases();
});
afterAll(async () => {
  await databases?.dropAll();
});

/** A step's answer where the step does not apply. */
const NOT_APPLICABLE = null;

/** Plays one step; null when the driver cannot (a reminder on the console). */
async function play(driver: ChannelDriver, step: Step, clock: ManualClock | undefined): Promise<readonly SeenMessage[] | null> {
  if (!isReminder(step)) return driver.say(step.as, step.send, { choose: step.choose === true });
  if (!clock) throw new Error('a script with reminder steps needs startsAt');
  const at = Date.parse(step.remindAt);
  if (at < clock.now().getTime()) throw new Error(`the clock cannot go back to ${step.remindAt}`);
  clock.advance(at - clock.now().getTime());
  return driver.remind ? driver.remind(step.as) : null;
}

describe.each(SCRIPTS)('the conversation of $name', (script) => {
  /** Each set-up's replies, as the user reads them (NOT_APPLICABLE for a step it cannot play). */
  const answers = new Map<string, (string | typeof NOT_APPLICABLE)[]>();
  const reminders = script.steps.some(isReminder);

  it.each(SET_UPS)('goes as the script says on $name', async (setUp) => {
    const databaseUrl = await databases.copy();
    await createInvites(databaseUrl, script.invites);
    const clock = script.startsAt === undefined ? undefined : manualClock(script.startsAt);
    const driver = await setUp.start(databaseUrl, { ...(clock ? { clock } : {}), reminders });
    const replies: (string | typeof NOT_APPLICABLE)[] = [];
    answers.set(setUp.name, replies);
    try {
      for (const step of script.steps) {
        const messages = await play(driver, step, clock);
        if (messages === null) {
          expect(setUp.name, 'only the console cannot receive reminders').toBe(CONSOLE.name);
          replies.push(NOT_APPLICABLE);
          continue;
        }
        const reply = readable(messages);
        replies.push(reply);
        check(step, reply);
      }
    } finally {
      await driver.close();
    }
  });

  it('gives the same answers on every channel as on the console', () => {
    for (const setUp of SET_UPS) expect(answers.get(setUp.name), setUp.name).toHaveLength(script.steps.length);
    script.steps.forEach((_, i) => {
      // The console's answer where it has one, else the first channel's.
      const reference = SET_UPS.map((s) => answers.get(s.name)?.[i]).find((a) => a !== NOT_APPLICABLE);
      for (const setUp of SET_UPS) {
        const answer = answers.get(setUp.name)?.[i];
        if (answer !== NOT_APPLICABLE) expect(answer, `${setUp.name}, step ${i + 1}`).toBe(reference);
      }
    });
  });
});
