/**
 * Symmetric-delete index (as in SymSpell) for finding the keys within one or two edits of a query
 * without scanning every key: each key is stored under (the hash of) every string reachable by
 * deleting up to its allowed number of characters; a query looks up its own deletions and verifies
 * the few hits.
 */
import { forEachDeletionHash } from './deletion-hashes.js';
import { editDistance } from './edit-distance.js';

/** A key found near a query, and how many edits apart they are. */
export interface TypoMatch {
  readonly key: string;
  readonly edits: number;
}

/** Finds indexed keys close to a query. */
export interface TypoIndex {
  /** Keys within the allowed number of edits of `query`, closest first; the query itself is excluded. */
  near(query: string): TypoMatch[];
}

/**
 * How many edits a string may be corrected by: none for very short strings or ones with digits
 * ("Phường 4" must never become "Phường 5"), one below five characters, two from five on.
 */
export function allowedEdits(key: string): number {
  if (key.length < 3 || /\d/.test(key)) return 0;
  return key.length < 5 ? 1 : 2;
}

/** How many deletions of a query are looked up: what looking it up costs. */
function deletionCount(length: number, depth: number): number {
  return depth === 1 ? length + 1 : 1 + length + (length * (length - 1)) / 2;
}

function closestFirst(x: TypoMatch, y: TypoMatch): number {
  return x.edits - y.edits || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}

/**
 * Builds the index over distinct keys (typically folded names). Keys are also kept by length: a
 * long query has few keys of about its length, and comparing it with each of them is cheaper than
 * generating its hundreds of deletions; both ways find exactly the same keys.
 */
export function buildTypoIndex(keys: Iterable<string>): TypoIndex {
  const list: string[] = [];
  /** `allowedEdits` of each listed key, worked out once. */
  const allowed: number[] = [];
  const byDeletion = new Map<number, number[]>();
  const byLength: number[][] = [];
  for (const key of new Set(keys)) {
    const depth = allowedEdits(key);
    if (depth === 0) continue;
    const position = list.push(key) - 1;
    allowed.push(depth);
    (byLength[key.length] ??= []).push(position);
    forEachDeletionHash(key, depth, (hash) => {
      const bucket = byDeletion.get(hash);
      if (!bucket) byDeletion.set(hash, [position]);
      else if (bucket.at(-1) !== position) bucket.push(position);
    });
  }
  // Which keys the current lookup has verified: `seen[position] === lookups`.
  const seen = new Int32Array(list.length);
  let lookups = 0;
  const consider = (query: string, position: number, depth: number, matches: TypoMatch[]): void => {
    const key = list[position] as string;
    const max = Math.min(depth, allowed[position] as number);
    const edits = editDistance(query, key, max);
    if (edits > 0 && edits <= max) matches.push({ key, edits });
  };
  const scan = (query: string, depth: number): TypoMatch[] => {
    const matches: TypoMatch[] = [];
    for (let length = query.length - depth; length <= query.length + depth; length++) {
      for (const position of byLength[length] ?? []) consider(query, position, depth, matches);
    }
    return matches;
  };
  const lookUp = (query: string, depth: number): TypoMatch[] => {
    const matches: TypoMatch[] = [];
    if (lookups === 0x7fffffff) {
      seen.fill(0);
      lookups = 0;
    }
    const lookup = ++lookups;
    forEachDeletionHash(query, depth, (hash) => {
      for (const position of byDeletion.get(hash) ?? []) {
        if (seen[position] === lookup) continue;
        seen[position] = lookup;
        consider(query, position, depth, matches);
      }
    });
    return matches;
  };
  const keysNear = (length: number, depth: number): number => {
    let count = 0;
    for (let l = length - depth; l <= length + depth; l++) count += byLength[l]?.length ?? 0;
    return count;
  };
  return {
    near(query) {
      const depth = allowedEdits(query);
      if (depth === 0) return [];
      const cheaperToScan = keysNear(query.length, depth) <= deletionCount(query.length, depth);
      return (cheaperToScan ? scan(query, depth) : lookUp(query, depth)).sort(closestFirst);
    },
  };
}
