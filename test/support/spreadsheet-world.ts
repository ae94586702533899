/** Spreadsheet tests' world: the seeded memory store and handler of the submission tests, and people with roles. */
import type { Channel, Role, Unit } from '../../src/core/types.js';
import { makeWorld, type World } from './submission-world.js';

export { chat, makeWorld, TODAY, type World } from './submission-world.js';

let inviteNumber = 0;

/** Registers `userId` with `role` for `unit` through an invite code; returns the person id. */
export async function registerRole(world: World, userId: string, unit: Unit, role: Role, channel: Channel = 'console'): Promise<number> {
  const code = `SS${String(++inviteNumber).padStart(6, '0')}`;
  await world.store.createInvite({ code, unitId: unit.id, role, createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
  const redeemed = await world.store.redeemInvite(code, { channel, userId, displayName: `Người ${userId}` }, world.clock.now());
  if (!redeemed.ok) throw new Error(`invite ${code} refused: ${redeemed.reason}`);
  return redeemed.person.id;
}

/** The unit of a structure and code. */
export function unitOf(world: World, structure: Unit['structure'], code: string): Unit {
  const unit = world.directory.current().units.find((u) => u.structure === structure && u.code === code && (code.length !== 2 || u.level === 'province'));
  if (!unit) throw new Error(`no unit ${structure} ${code}`);
  return unit;
}

/** A fresh world. */
export const spreadsheetWorld = (): Promise<World> => makeWorld();
