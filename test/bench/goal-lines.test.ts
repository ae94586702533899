import { describe, expect, it } from 'vitest';
import type { CpuFigures } from '../../bench/cpu-meter.js';
import { type CpuSnapshot, describeWorkerCpu } from '../../bench/fanout-cpu.js';
import type { LoadFigures } from '../../bench/webhook-load.js';
import { describeCpuRatio, type Measured } from '../../bench/webhook-report.js';

const load = {} as LoadFigures;
const cpu = (botMs: number): CpuFigures => ({ botMs, botLoopBusy: 0.5, databaseMs: null, generatorMs: 1, machineBusy: 0.5 });
const measured = (botMs: number): Measured => ({ perSecond: 200, load, cpu: cpu(botMs) });

describe('the webhook CPU line', () => {
  it("gives our CPU per update over the minimal bot's, with both figures", () => {
    expect(describeCpuRatio('PostgreSQL', { offered: measured(1.9) }, measured(0.95))).toBe('PostgreSQL 2.00 (ours 1.90 ms, minimal 0.95 ms)');
  });

  it('takes the figures at the offered rate, not those measured again below it', () => {
    const line = describeCpuRatio('PGlite', { offered: measured(3), sustainable: measured(6) }, measured(1));
    expect(line).toBe('PGlite 3.00 (ours 3.00 ms, minimal 1.00 ms)');
  });
});

describe("the fan-out worker's CPU line", () => {
  it('divides the CPU the worker spent by the messages', () => {
    const at = (worker: number): CpuSnapshot => ({ worker, fakeApi: 0, postgres: null, redis: null, machineBusy: 0, machineTotal: 0 });
    expect(describeWorkerCpu(at(1_000), at(9_500), 10_000)).toBe("fan-out: the worker's CPU per message 0.850 ms (goal <= 0.9 ms)");
  });
});
