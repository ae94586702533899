/**
 * Creates a script's invite codes in a database before the script runs, through the store as an
 * administrator would; the personas then register through their channel like real users.
 */
import { openStore } from '../../src/adapters/db/open-store.js';
import { loadUnitDirectory } from '../../src/app/units/unit-directory.js';
import { createConfig } from '../../src/config.js';
import type { Unit } from '../../src/core/types.js';
import type { UnitIndex } from '../../src/core/units/unit-index.js';
import type { ScriptInvite } from './scripts.js';

/** The post-2025 unit an invite names. */
function unitOf(index: UnitIndex, invite: ScriptInvite): Unit {
  const unit = index.units.find(
    (u) =>
      u.structure === 'post2025' &&
      u.name === invite.unit &&
      (invite.province === undefined ? u.level === 'province' : index.provinceOf(u).name === invite.province),
  );
  if (!unit) throw new Error(`no unit ${invite.unit}${invite.province ? `, ${invite.province}` : ''}`);
  return unit;
}

/** Stores the invites in the database at `databaseUrl`. */
export async function createInvites(databaseUrl: string, invites: readonly ScriptInvite[]): Promise<void> {
  const opened = await openStore(createConfig({ DATABASE_URL: databaseUrl }));
  try {
    const index = (await loadUnitDirectory(opened.store)).current();
    for (const invite of invites) {
      await opened.store.createInvite({
        code: invite.code,
        unitId: unitOf(index, invite).id,
        role: invite.role,
        createdById: null,
        expiresAt: '2099-01-01T00:00:00Z',
      });
    }
  } finally {
    await opened.close();
  }
}
