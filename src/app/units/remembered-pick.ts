/**
 * A registered person's pick among places sharing a name, remembered per name as typed (folded):
 * asked again with that name, they get the place they picked instead of the same numbered list.
 * Someone who is no registered person (the console's local administrator) has nothing remembered.
 */
import { composeRememberedPlace } from '../../core/answer/index.js';
import { fold } from '../../core/text/fold.js';
import type { Language, Unit } from '../../core/types.js';
import type { UnitIndex } from '../../core/units/unit-index.js';
import type { PlacePicks } from '../../ports/place-picks.js';
import type { AppDeps, Turn } from '../turn.js';

type Deps = Pick<AppDeps<PlacePicks>, 'store'>;

/** The key a pick is kept under: the words that named the place, folded ("Chau Thanh" is "Châu Thành"). */
export function nameKeyOf(typed: string): string {
  return fold(typed);
}

/** Remembers the speaker's pick for the name; nothing when the speaker is no person or the list had no name key. */
export async function rememberPick(turn: Turn, deps: Deps, nameKey: string | undefined, unit: Unit): Promise<void> {
  const person = turn.speaker.person;
  if (!person || !nameKey) return;
  await deps.store.rememberPick(person.id, nameKey, unit.id);
}

/** The place the speaker picked before for the name, when it is among `candidates`; else null. */
export async function recallPick(turn: Turn, deps: Deps, nameKey: string, candidates: readonly Unit[]): Promise<Unit | null> {
  const person = turn.speaker.person;
  if (!person || !nameKey) return null;
  const unitId = await deps.store.recallPick(person.id, nameKey);
  return candidates.find((u) => u.id === unitId) ?? null;
}

/**
 * The line saying the earlier pick was taken, with the name as typed and another candidate's
 * province as the example of how to ask about it (the first one in a province of another name).
 */
export function rememberedLine(lang: Language, typed: string, picked: Unit, candidates: readonly Unit[], index: UnitIndex): string {
  const provinceName = (u: Unit) => {
    const province = index.provinceOf(u);
    return lang === 'vi' ? province.name : province.nameEn;
  };
  const own = provinceName(picked);
  const other = candidates.map(provinceName).find((name) => name !== own);
  return composeRememberedPlace(lang, typed, other ? `${typed}, ${other}` : null);
}
