import { describe, expect, it } from 'vitest';
import { makeWorld } from '../../support/submission-world.js';

describe('registration: the person’s name', () => {
  it('takes the name the platform shows, trimmed, and falls back to the channel identity', async () => {
    const world = await makeWorld();
    const unit = world.communes[0];
    if (!unit) throw new Error('no commune');
    for (const code of ['NAMEA234', 'NAMEB234']) {
      await world.store.createInvite({ code, unitId: unit.id, role: 'focal_point', createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
    }
    await world.handler.handle({ channel: 'zalo', chatId: 'z1', userId: 'z1', displayName: '  Nguyễn   Văn A ', text: 'dangky NAMEA234' });
    await world.handler.handle({ channel: 'telegram', chatId: '77', userId: '77', text: '/start NAMEB234' });
    expect((await world.store.findPerson({ channel: 'zalo', userId: 'z1' }))?.displayName).toBe('Nguyễn Văn A');
    expect((await world.store.findPerson({ channel: 'telegram', userId: '77' }))?.displayName).toBe('telegram:77');
  });
});
