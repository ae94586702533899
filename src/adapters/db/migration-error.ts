/** Why the migrator refused to start: the database and the committed migrations disagree. */
export type MigrationErrorCode = 'checksum_mismatch' | 'failed_migration' | 'apply_failed';

/** Raised by applyMigrations; `migration` names the folder concerned. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    readonly migration: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
