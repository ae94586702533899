/**
 * Reading a V8 CPU profile of a bench child (BENCH_CHILD_NODE_FLAGS="--cpu-prof ..."): where the
 * thread's time went by package, and the stalls that make a webhook's p99, i.e. one garbage
 * collection or one synchronous PGlite call holding the thread for longer than a few updates' worth.
 * A stall is a run of consecutive samples whose stack is in the same kind of work.
 */

/** The parts of a `.cpuprofile` file read here. */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  /** Node id per sample. */
  readonly samples: readonly number[];
  /** Microseconds since the previous sample. */
  readonly timeDeltas: readonly number[];
}

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

/** The kinds of work a stall is counted in. */
export const STALL_KINDS = ['garbage collector', 'PGlite'] as const;
export type StallKind = (typeof STALL_KINDS)[number];

export interface ProfileSummary {
  readonly totalMs: number;
  /** Share of the time the thread was not idle, 0..1. */
  readonly busyShare: number;
  /** Self time per package, most first: node_modules packages by name, ours as `ours: <folder>`. */
  readonly byPackage: readonly { readonly name: string; readonly ms: number }[];
  /** Stalls longer than `stallMs`, per kind, in ms, in the order they happened. */
  readonly stalls: Readonly<Record<StallKind, readonly number[]>>;
}

/** Who owns a frame's code, from its script's address. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1] as string;
  if (url.startsWith('wasm://')) return 'wasm';
  if (url.startsWith('node:')) return 'node';
  const ours = /\/(src|bench)\/([^/]+)\//.exec(url);
  return ours ? `ours: ${ours[1]}/${ours[2]}` : 'other';
}

function kindsByNode(profile: CpuProfile, byId: ReadonlyMap<number, ProfileNode>): Map<number, StallKind | null> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const kinds = new Map<number, StallKind | null>();
  for (const node of profile.nodes) {
    let kind: StallKind | null = node.callFrame.functionName === '(garbage collector)' ? 'garbage collector' : null;
    for (let id: number | undefined = node.id; kind === null && id !== undefined; id = parent.get(id)) {
      if (byId.get(id)?.callFrame.url.includes('@electric-sql/pglite')) kind = 'PGlite';
    }
    kinds.set(node.id, kind);
  }
  return kinds;
}

/** Summarises a profile; stalls in the first `skipMs` (start-up, migrations) are left out. */
export function summarizeProfile(profile: CpuProfile, options: { readonly stallMs: number; readonly skipMs: number }): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const kinds = kindsByNode(profile, byId);
  const selfMs = new Map<string, number>();
  const stalls: Record<StallKind, number[]> = { 'garbage collector': [], PGlite: [] };
  let idleMs = 0;
  let elapsedUs = 0;
  let run: { kind: StallKind; startUs: number } | null = null;
  const endRun = (atUs: number) => {
    if (run && run.startUs >= options.skipMs * 1000 && (atUs - run.startUs) / 1000 > options.stallMs) stalls[run.kind].push((atUs - run.startUs) / 1000);
    run = null;
  };
  profile.samples.forEach((id, i) => {
    const deltaUs = profile.timeDeltas[i] ?? 0;
    elapsedUs += deltaUs;
    const frame = byId.get(id)?.callFrame ?? { functionName: '(unknown)', url: '' };
    const name = packageOf(frame.url, frame.functionName);
    if (name === '(idle)') idleMs += deltaUs / 1000;
    else selfMs.set(name, (selfMs.get(name) ?? 0) + deltaUs / 1000);
    const kind = kinds.get(id) ?? null;
    if (run && run.kind !== kind) endRun(elapsedUs);
    if (kind && !run) run = { kind, startUs: elapsedUs };
  });
  endRun(elapsedUs);
  const totalMs = elapsedUs / 1000;
  return {
    totalMs,
    busyShare: totalMs > 0 ? 1 - idleMs / totalMs : 0,
    byPackage: [...selfMs].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
    stalls,
  };
}
