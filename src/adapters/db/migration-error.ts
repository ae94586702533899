import { StartupError } from '../../core/errors.js';

/** Why the migrator refused to start: the database and the committed migrations disagree. */
export type MigrationErrorCode = 'checksum_mismatch' | 'failed_migration' | 'apply_failed';

/** Raised by applyMigrations; `migration` names the folder concerned. */
export class MigrationError extends StartupError {
  declare readonly code: MigrationErrorCode;

  constructor(
    code: MigrationErrorCode,
    readonly migration: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, { cause: options?.cause, code });
  }
}
