/**
 * The application's errors: one base class with a stable `code` and the standard `cause`, and the few
 * kinds the code really throws. Catch them only at the edges (the bot's error boundary, a worker's
 * `failed`, start-up, the admin command line), and decide there by kind or `code`, never by message.
 * Every layer may import this file: it is pure.
 */

/** Every error the application throws on purpose: `code` is stable, `message` is for a person, `cause` is what went wrong below. */
export class BaophuError extends Error {
  /** A stable, machine-readable name for what failed ("CONFIG_INVALID", "NOT_FOUND" …). */
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    // Only a cause given is kept, so that an error without one has no `cause` property at all.
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * The process cannot start: the configuration, the database, the data folder or a platform refused.
 * Its message names the cause in plain words and what to change ("the database at … refused the
 * connection: check DATABASE_URL"), so start-up prints it instead of a stack trace.
 */
export class StartupError extends BaophuError {
  constructor(message: string, options?: ErrorOptions & { readonly code?: string }) {
    super(options?.code ?? 'STARTUP_FAILED', message, options);
  }
}

/** A thing named (a schedule, a stored day, an assignment, an invite, a unit) does not exist. */
export class NotFoundError extends BaophuError {
  constructor(message: string, options?: ErrorOptions) {
    super('NOT_FOUND', message, options);
  }
}

/** A command line that cannot be understood; the admin command line exits with code 2 and shows its usage. */
export class UsageError extends BaophuError {
  constructor(message: string, options?: ErrorOptions) {
    super('USAGE', message, options);
  }
}

/** What was asked clashes with what is stored (a code or a unit given twice). */
export class ConflictError extends BaophuError {
  constructor(message: string, options?: ErrorOptions) {
    super('CONFLICT', message, options);
  }
}

/** A service outside the process (Telegram, Zalo, the database, Redis) failed or did not answer. */
export class ExternalServiceError extends BaophuError {
  constructor(
    /** Which service: "telegram", "zalo", "database", "redis". */
    readonly service: string,
    message: string,
    options?: ErrorOptions & { readonly code?: string },
  ) {
    super(options?.code ?? 'EXTERNAL_SERVICE', message, options);
  }
}

/** Something the code relies on did not hold (a row vanished, a value no caller passes): a bug, not the user's doing. */
export class InvariantError extends BaophuError {
  constructor(message: string, options?: ErrorOptions) {
    super('INVARIANT', message, options);
  }
}

/** Whether `error` is one of the application's errors with `code`. */
export function hasCode(error: unknown, code: string): error is BaophuError {
  return error instanceof BaophuError && error.code === code;
}
