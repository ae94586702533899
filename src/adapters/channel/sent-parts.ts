/**
 * The parts of a long reply already delivered, per delivery, in memory. When a later part fails, the
 * webhook asks for the message again; the redelivery then sends only the parts still missing, if its
 * reply is the same text (the figures may have changed in between: then it is sent whole). Bounded:
 * past `limit` deliveries the oldest is forgotten. One process only: a redelivery that reaches
 * another replica sends every part again.
 */
import { createHash } from 'node:crypto';

export interface SentParts {
  /** How many parts of `text` went out before for this delivery (0 when none, or for another text). */
  done(key: string, text: string): number;
  /** Notes that the first `parts` parts of `text` went out. */
  record(key: string, text: string, parts: number): void;
  /** The reply went out whole: nothing to remember. */
  forget(key: string): void;
}

/** Creates the memory, keeping at most `limit` deliveries. */
export function createSentParts(limit = 1000): SentParts {
  const sent = new Map<string, { digest: string; parts: number }>();
  const digest = (text: string) => createHash('sha256').update(text).digest('base64');
  return {
    done(key, text) {
      const entry = sent.get(key);
      return entry && entry.digest === digest(text) ? entry.parts : 0;
    },
    record(key, text, parts) {
      sent.delete(key);
      sent.set(key, { digest: digest(text), parts });
      if (sent.size > limit) sent.delete(sent.keys().next().value as string);
    },
    forget(key) {
      sent.delete(key);
    },
  };
}

/** Sends `parts` in order, skipping those delivered before for `resume`'s key. */
export async function sendParts(
  parts: readonly string[],
  text: string,
  send: (part: string, index: number) => Promise<void>,
  resume?: { readonly key: string; readonly sent: SentParts },
): Promise<void> {
  const from = resume ? resume.sent.done(resume.key, text) : 0;
  for (let index = from; index < parts.length; index += 1) {
    await send(parts[index] as string, index);
    if (index < parts.length - 1) resume?.sent.record(resume.key, text, index + 1);
  }
  resume?.sent.forget(resume.key);
}
