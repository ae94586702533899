/**
 * What every channel driver does: send a text as a persona and return the messages that persona
 * then sees in their chat, as the platform shows them (text, and buttons where there are any).
 */
import type { Persona } from '../scripts.js';

/** A button under a message: what it shows and what pressing it sends. */
export interface SeenButton {
  readonly label: string;
  readonly data: string;
}

/** One message the bot sent to the chat. */
export interface SeenMessage {
  readonly text: string;
  readonly buttons: readonly SeenButton[];
}

/** Options of one send. */
export interface SendOptions {
  /** Answer the last reply's choices: press the button whose data is the text, where there are buttons. */
  readonly choose?: boolean;
}

/** A channel set-up the scripts run on. */
export interface ChannelDriver {
  readonly name: string;
  /** Sends `text` as `persona` and resolves with every message of the reply, in order. */
  say(persona: Persona, text: string, options?: SendOptions): Promise<readonly SeenMessage[]>;
  /**
   * Runs the reminders once (planning at the service's clock, then delivery through the channel) and
   * resolves with the messages that then reached `persona`'s chat. Absent where the bot cannot start
   * a conversation (the console).
   */
  remind?(persona: Persona): Promise<readonly SeenMessage[]>;
  /** Stops whatever the driver started. */
  close(): Promise<void>;
}

/** Waits until `ready()` returns a value (checked every 20 ms), or rejects after `timeoutMs`. */
export async function waitFor<T>(what: string, ready: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = ready();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
