import { beforeAll, describe, expect, it } from 'vitest';
import { historyCommand, UsageError } from '../../src/admin/commands/index.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../support/submission-world.js';

let world: World;
let ward: World['communes'][number];
beforeAll(async () => {
  world = await makeWorld();
  ward = world.communes.find((u) => u.code === '16681') as World['communes'][number]; // Phường Thành Vinh
  await registerFocalPoint(world, 'fp-history', [ward]);
  const fp = chat(world, 'fp-history');
  await fp.say('nop 6T/2025 bb 41.200 tn 3.150 ld 180.000');
  await fp.say('sua 6T/2025 bb 41.300 tn 3.150 ld 180.000');
  await fp.say('sua 6T/2025 bb 41.400 tn 3.150 ld 180.000');
  await fp.say('hoan tac');
});

async function history(...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await historyCommand(world.store, args, (line) => lines.push(line));
  return lines;
}

describe('history (command line)', () => {
  it('lists every version newest first with its status, sender and counts', async () => {
    const lines = await history('--unit', 'post2025:16681', '--period', '6T/2025');
    expect(lines[0]).toBe('history of Phường Thành Vinh, Tỉnh Nghệ An (post2025 commune 16681), period 2025-6M: 3 version(s), newest first');
    expect(lines.slice(1).map((l) => l.split('  ').slice(0, 2).join(' '))).toEqual(['v3 withdrawn', 'v2 active', 'v1 superseded']);
    expect(lines[1]).toContain('Đầu mối fp-history');
    expect(lines[1]).toMatch(/late {2}ld=180000 bb=41400 tn=3150$/);
    expect(lines[3]).toMatch(/bb=41200/);
  });

  it('accepts the canonical period code too, and says when there is nothing', async () => {
    expect(await history('--unit', 'post2025:16681', '--period', '2025-6M')).toHaveLength(4);
    expect(await history('--unit', 'post2025:16681', '--period', '2024')).toEqual([
      'history of Phường Thành Vinh, Tỉnh Nghệ An (post2025 commune 16681), period 2024: no submissions',
    ]);
  });

  it('refuses a period it cannot read', async () => {
    await expect(history('--unit', 'post2025:16681', '--period', 'soon')).rejects.toBeInstanceOf(UsageError);
  });
});
