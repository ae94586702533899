/**
 * Reads the unit an administrator names, by name ("Phường Thành Vinh", "TP Vinh, Nghệ An") or by
 * GSO code. A code alone is ambiguous across the two structures, so a bare code means the current
 * (post2025) unit when one has it, else the old one; "pre2025:412" or "post2025:16681" says which.
 */
import type { Structure, Unit } from '../../core/types.js';
import { resolvePlace } from '../../core/units/resolve-place.js';
import type { UnitIndex } from '../../core/units/unit-index.js';

/** The unit named, or why there is not exactly one. */
export type UnitArgument =
  | { readonly kind: 'found'; readonly unit: Unit }
  /** Several units fit: the candidates to list. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Unit[] }
  /** Nothing fits: close names, if any. */
  | { readonly kind: 'unknown'; readonly suggestions: readonly Unit[] };

const CODE = /^(?:(pre2025|post2025):)?(\d{2,5})$/i;

/** Resolves a unit named by an administrator. */
export function readUnitArgument(text: string, index: UnitIndex): UnitArgument {
  const trimmed = text.trim();
  const code = CODE.exec(trimmed);
  if (code) return byCode(code[2] as string, code[1]?.toLowerCase() as Structure | undefined, index);
  const place = resolvePlace(trimmed, index);
  switch (place.kind) {
    case 'found':
      return { kind: 'found', unit: place.unit };
    case 'ambiguous':
      return { kind: 'ambiguous', candidates: place.candidates };
    case 'unknown':
      return { kind: 'unknown', suggestions: place.suggestions };
    case 'none':
      return { kind: 'unknown', suggestions: [] };
  }
}

function byCode(code: string, structure: Structure | undefined, index: UnitIndex): UnitArgument {
  const withCode = (s: Structure) => index.units.filter((u) => u.structure === s && u.code === code);
  const matches = structure ? withCode(structure) : withCode('post2025').length > 0 ? withCode('post2025') : withCode('pre2025');
  const [first] = matches;
  if (first && matches.length === 1) return { kind: 'found', unit: first };
  return matches.length > 1 ? { kind: 'ambiguous', candidates: matches } : { kind: 'unknown', suggestions: [] };
}
