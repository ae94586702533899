/** Waiting with a limit: for start-up calls, readiness checks and shutdown steps that may hang. */

/** The promise's value, or `late` when it takes longer than `ms`; a rejection passes through. */
export async function within<T, U>(promise: Promise<T>, ms: number, late: U): Promise<T | U> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<U>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
