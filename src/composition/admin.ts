/**
 * The administrator command line on the environment's store: `npm run -s admin -- <command> …`
 * (src/admin/cli.ts) and `node dist/main.js admin <command> …` (src/main.ts, as the image runs it):
 * the configuration → the seeded store (open-world.ts) → the command → the exit code. The
 * configuration is read only when a command needs it, so that `help` and usage errors work without
 * one; an invalid one is reported as it is.
 */
import { runAdmin } from '../admin/run-admin.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { systemClock } from '../ports/clock.js';
import { stuckCommandDeps } from './admin-queue.js';
import { DOCTOR_COMMAND } from './doctor/doctor.js';
import { openSeededStore } from './open-world.js';

/** Runs the administrator command `argv` (the words after `admin`); resolves with the exit code. */
export function runAdminCommand(argv: readonly string[]): Promise<number> {
  let config: Config | undefined;
  const configured = (): Config => {
    config ??= loadConfig();
    return config;
  };
  return runAdmin(argv, {
    openStore: () => openSeededStore(configured()),
    stuckReminders: () => stuckCommandDeps(configured()),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    isKnownError: (error) => error instanceof ConfigError,
    clock: systemClock,
    standalone: { doctor: DOCTOR_COMMAND },
  });
}
