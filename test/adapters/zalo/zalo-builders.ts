/** Builders of Zalo updates as the platform sends them, and a silent logger. */
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.js';

export const TOKEN = '1459232241454765289:SeCrEtToKeN-abc_xyz';

/** A logger that writes nothing. */
export const silentLog: Logger = pino({ level: 'silent' });

interface TextUpdateOverrides {
  readonly text?: string;
  readonly messageId?: string;
  readonly userId?: string;
  readonly chatType?: string;
  readonly isBot?: boolean;
  readonly eventName?: string;
}

/** A text update, unwrapped: `{event_name, message}`. */
export function makeTextUpdate(overrides: TextUpdateOverrides = {}): Record<string, unknown> {
  const userId = overrides.userId ?? 'e4ea2cd5189df1c3a88c';
  return {
    event_name: overrides.eventName ?? 'message.text.received',
    message: {
      from: { id: userId, display_name: 'Nguyễn Văn A', is_bot: overrides.isBot ?? false },
      chat: { id: userId, chat_type: overrides.chatType ?? 'PRIVATE' },
      text: overrides.text ?? 'Xin chào',
      message_id: overrides.messageId ?? '16f6366b3f02645a3d15',
      date: 1766619597466,
    },
  };
}

/** The same update wrapped as `{ok, result}`. */
export function wrapped(update: unknown): Record<string, unknown> {
  return { ok: true, result: update };
}
