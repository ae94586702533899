/**
 * The one reader of the process's environment. config.ts validates it (the rest of the project takes
 * a Config); the container's healthcheck, which must start without loading the validator, reads its
 * three variables through it too.
 */

/** An environment-like record: variable name → value, unset ones absent or undefined. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The environment this process was started with. */
export function processEnvironment(): Environment {
  return process.env;
}
