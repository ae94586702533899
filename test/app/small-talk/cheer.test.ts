/** A message urging the group on, through the real message handler: encouragement back, never a ranking or a place. */
import { beforeAll, describe, expect, it } from 'vitest';
import { chat, makeWorld, type World } from '../../support/submission-world.js';

let world: World;

beforeAll(async () => {
  world = await makeWorld();
});

describe('cheer', () => {
  it.each([
    'Cố gắng đạt chỉ tiêu cao nhất tỉnh nhé mọi người',
    'Mọi người đồng tâm hiệp lực hoàn thành chỉ tiêu năm nay nhé 💪',
    'Cố gắng hoàn thành chỉ tiêu năm nay nhé mọi người',
  ])('answers "%s" with encouragement', async (text) => {
    const reply = await chat(world, 'admin').say(text);
    expect(reply.text).toMatch(/^Chúc mọi người hoàn thành tốt!/);
  });

  it('answers a question that starts like one', async () => {
    const reply = await chat(world, 'admin').say('Cố gắng đạt chỉ tiêu thì Nghệ An cần bao nhiêu người?');
    expect(reply.text).not.toMatch(/^Chúc mọi người/);
  });
});
