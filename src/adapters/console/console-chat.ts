/**
 * The console channel: a chat in a terminal that needs no token and no Redis. On a terminal it shows
 * a prompt; otherwise it reads one message per line and prints each reply followed by one empty line,
 * so that it can be scripted. A reply's choices are printed as numbered lines (there are no buttons).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { IncomingMessage, Reply } from '../../app/message.js';
import { withChoices } from '../../core/replies/choice-lines.js';
import type { Attachment } from '../../ports/messenger.js';

export interface ConsoleChatOptions {
  readonly handle: (message: IncomingMessage) => Promise<Reply>;
  readonly input: Readable;
  readonly output: Writable;
  /** The speaker's id; the default speaker is the local administrator. */
  readonly userId: string;
  /** Show a prompt and a greeting (a person at a terminal). */
  readonly interactive: boolean;
  /** Shown once at the start of an interactive chat. */
  readonly banner?: string;
  /** Writes a reply's file (a chart, a workbook) and returns its path, printed after the text; absent: not written. */
  readonly saveAttachment?: (attachment: Attachment) => Promise<string>;
}

/** The console speaker when none is named: the local administrator. */
export { LOCAL_ADMIN_ID as LOCAL_ADMIN } from '../../app/handle-message.js';

/** Runs the chat until the input ends. */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { input, output, interactive } = options;
  const lines = createInterface({ input, terminal: interactive, crlfDelay: Infinity });
  const write = (text: string) => output.write(text);
  if (interactive) {
    if (options.banner) write(`${options.banner}\n\n`);
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const reply = await options.handle({ channel: 'console', chatId: `console-${options.userId}`, userId: options.userId, text: line });
    // No buttons here: choices are numbered lines, as on Zalo. One empty line ends a reply, so a
    // reply never contains one itself.
    const file = reply.attachment && options.saveAttachment ? await fileLine(reply.attachment, options.saveAttachment) : null;
    const shown = withChoices(file ? `${reply.text}\n${file}` : reply.text, reply.choices ?? []);
    write(`${shown.replace(/\n\s*\n/g, '\n').trim()}\n\n`);
    if (interactive) lines.prompt();
  }
}

/** "📎 /path/to/bhxh-bac-kan-k3Jd9QxA.png", or why the file could not be written. */
async function fileLine(attachment: Attachment, save: (attachment: Attachment) => Promise<string>): Promise<string> {
  try {
    return `📎 ${await save(attachment)}`;
  } catch (error) {
    return `📎 ${attachment.fileName}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
