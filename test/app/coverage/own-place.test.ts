/**
 * "bhyt xã mình", "tỉnh em", "my district": the speaker's own assigned unit of the level named, never
 * a place whose name the pronoun resembles; someone with no such unit is asked to name the place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/core/types.js';
import { chat, makeWorld, registerFocalPoint, type World } from '../../support/submission-world.js';

let world: World;

beforeAll(async () => {
  world = await makeWorld();
});

describe('coverage of the speaker’s own place', () => {
  it('answers for the commune the focal point reports for', async () => {
    const commune = world.communes[3] as Unit;
    await registerFocalPoint(world, 'own', [commune]);
    const reply = await chat(world, 'own').say('bhyt của xã mình được bao nhiêu rồi');
    expect(reply.text).toContain(commune.name);
    expect(reply.text).not.toMatch(/Vôi|Gôi|Có nhiều địa danh/);
  });

  it('asks for the place when no unit of that level is assigned, in the question’s language', async () => {
    const commune = world.communes[4] as Unit;
    await registerFocalPoint(world, 'commune-only', [commune]);
    expect((await chat(world, 'commune-only').say('Tỷ lệ bao phủ BHXH của tỉnh em')).text).toMatch(/^Tôi chưa biết địa phương của bạn/);
    expect((await chat(world, 'commune-only').say('social insurance coverage for my district')).text).toMatch(/^I do not know your place/);
  });

  it('answers for a place named exactly when "xã em" is only part of the story', async () => {
    const commune = world.communes[6] as Unit;
    await registerFocalPoint(world, 'story', [commune]);
    const reply = await chat(world, 'story').say('Sáng nay xã em có đoàn kiểm tra, anh cho em hỏi chỉ tiêu BHXH Gia Lai năm 2023 với ạ');
    expect(reply.text).toContain('Tỉnh Gia Lai');
    expect(reply.text).not.toContain(commune.name);
  });

  it('does not read a sentence that names the speaker’s ward but asks nothing as a question about it', async () => {
    const commune = world.communes[5] as Unit;
    await registerFocalPoint(world, 'power-cut', [commune]);
    const reply = await chat(world, 'power-cut').say('bên phường em mất điện cả sáng 😩');
    // A remark gets one line pointing at the help, not the whole menu.
    expect(reply.text).toBe('Tôi chưa hiểu tin nhắn này. Gõ "hướng dẫn" để xem cách hỏi số liệu.');
  });
});
