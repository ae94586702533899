/**
 * Deliveries of one chat, one after another: the Zalo webhook may receive a chat's messages in
 * parallel requests, and a reply to "2" must not overtake the list it answers. Other chats go on
 * alongside. (grammY's sequentialize does the same for Telegram.)
 */

/** Runs `task` after every earlier task of the same key has settled. */
export type RunInSequence = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/** Creates an in-process sequencer; its memory holds only the keys with work in hand. */
export function chatSequence(): RunInSequence {
  const tails = new Map<string, Promise<void>>();
  return async (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
