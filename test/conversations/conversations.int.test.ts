/**
 * One set of conversation scripts, run unchanged on the console and on the real service with
 * Telegram and Zalo (webhook and polling), against fake Bot APIs over real HTTP and a real
 * PostgreSQL: every reply meets the script, and every channel gives the console's answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvites } from './invites.js';
import { readable } from './normalise.js';
import { check, SCRIPTS } from './scripts.js';
import { seededDatabases, type SeededDatabases } from './seeded-databases.js';
import { CONSOLE, SET_UPS } from './set-ups.js';

let databases: SeededDatabases;
beforeAll(async () => {
  databases = await seededDatabases();
});
afterAll(async () => {
  await databases?.dropAll();
});

describe.each(SCRIPTS)('the conversation of $name', (script) => {
  /** Each set-up's replies, as the user reads them. */
  const answers = new Map<string, string[]>();

  it.each(SET_UPS)('goes as the script says on $name', async (setUp) => {
    const databaseUrl = await databases.copy();
    await createInvites(databaseUrl, script.invites);
    const driver = await setUp.start(databaseUrl);
    const replies: string[] = [];
    answers.set(setUp.name, replies);
    try {
      for (const step of script.steps) {
        const reply = readable(await driver.say(step.as, step.send, { choose: step.choose === true }));
        replies.push(reply);
        check(step, reply);
      }
    } finally {
      await driver.close();
    }
  });

  it('gives the same answers on every channel as on the console', () => {
    const reference = answers.get(CONSOLE.name);
    expect(reference, 'the console run').toHaveLength(script.steps.length);
    for (const setUp of SET_UPS) expect(answers.get(setUp.name), setUp.name).toEqual(reference);
  });
});
