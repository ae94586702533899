/**
 * Which of several places of one name a person meant: kept per person and per name as typed
 * (folded), so that the next question with that name needs no numbered list. Part of the Store
 * port; the memory and Prisma stores implement it and pass the same contract suite.
 */

/** Remembers and recalls a person's pick among places that share a name. */
export interface PlacePicks {
  /**
   * Remembers that `personId`, asked about `nameKey` (the folded words that named the place), chose
   * `unitId`; a later pick for the same person and name replaces it. Rejects for an unknown person or unit.
   */
  rememberPick(personId: number, nameKey: string, unitId: number): Promise<void>;
  /** The unit the person last picked for this name, or null when they never picked one. */
  recallPick(personId: number, nameKey: string): Promise<number | null>;
}
