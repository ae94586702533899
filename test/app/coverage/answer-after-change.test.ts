/**
 * Coverage answers are remembered under the figures' version: a question asked again after the
 * figures changed is answered from the new figures, in the same process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;

beforeAll(async () => {
  world = await makeWorld();
});

describe('a coverage question asked again', () => {
  it('gives the same answer while the figures stay, and the new figure once they change', async () => {
    const commune = world.communes[7] as Unit;
    await registerFocalPoint(world, 'again', [commune]);
    const c = chat(world, 'again');
    const before = (await c.say('bhxh xã mình')).text;
    expect((await c.say('bhxh xã mình')).text).toBe(before);
    expect(before).not.toContain('26,67%');
    expect((await c.say('nop 6T/2026 bb 30.000 tn 10.000 ld 150.000')).text).toMatch(/^Đã ghi nhận/);
    const after = (await c.say('bhxh xã mình')).text;
    expect(after).toContain(commune.name);
    expect(after).toContain('26,67%');
  });
});
