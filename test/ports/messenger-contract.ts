/**
 * The Messenger contract: what every channel's messenger does, whatever the platform. Each
 * implementation runs it against its platform's fake Bot API over real loopback HTTP.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/types.js';
import { type Messenger, SendError } from '../../src/ports/messenger.js';

/** One message as the platform took it. */
export interface ArrivedMessage {
  readonly text: string;
  /** The buttons shown under it (none on a platform without buttons). */
  readonly buttons: readonly string[];
}

/** A platform's refusal, as the contract names it. */
export type PlatformFailure = 'unknown_chat' | 'server_error' | 'rate_limited';

/** A messenger over a running fake platform, and the means to watch and steer the platform. */
export interface MessengerWorld {
  readonly messenger: Messenger;
  readonly channel: Channel;
  /** A chat the platform knows. */
  readonly chatId: string;
  /** The longest text of one message on the platform. */
  readonly textLimit: number;
  /** The bot's token: never in a failure's message. */
  readonly token: string;
  /** The wait a rate-limited answer asks for, in seconds. */
  readonly retryAfterSeconds: number;
  /** The messages the platform took for the chat, in order. */
  arrived(chatId: string): ArrivedMessage[];
  /** How many send calls reached the platform, taken or refused. */
  sendCalls(): number;
  /** The next send is refused in the given way. */
  failNext(failure: PlatformFailure): void;
  /** Stops the platform: nothing answers any more. */
  stopPlatform(): Promise<void>;
  close(): Promise<void>;
}

async function failureOf(send: Promise<void>): Promise<SendError> {
  const error: unknown = await send.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof SendError)) throw new Error(`expected a SendError, got ${String(error)}`);
  return error;
}

/** A text of many short lines, `length` characters long. */
function linesOf(length: number): string {
  const lines: string[] = [];
  let size = -1;
  for (let i = 1; size < length; i += 1) {
    const line = `${i}. Xã Tân Phú: số người tham gia BHXH tự nguyện`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n').slice(0, length).trimEnd();
}

/** Registers the contract for one implementation; `open` starts a fresh platform and messenger for each test. */
export function describeMessengerContract(name: string, open: () => Promise<MessengerWorld>): void {
  describe(`Messenger contract: ${name}`, () => {
    let world: MessengerWorld;
    beforeEach(async () => {
      world = await open();
    });
    afterEach(async () => {
      await world.close();
    });

    it('names its channel', () => {
      expect(world.messenger.channel).toBe(world.channel);
    });

    it('delivers a short text to the chat as one message, as written', async () => {
      await world.messenger.send({ chatId: world.chatId, text: 'Tỷ lệ bao phủ BHXH: 92,5%' });
      expect(world.arrived(world.chatId).map((m) => m.text)).toEqual(['Tỷ lệ bao phủ BHXH: 92,5%']);
    });

    it('delivers a text longer than one message in parts, in order, each within the limit, that join back into the text', async () => {
      const text = linesOf(world.textLimit * 2 + 500);
      await world.messenger.send({ chatId: world.chatId, text });
      const parts = world.arrived(world.chatId).map((m) => m.text);
      expect(parts.length).toBeGreaterThanOrEqual(3);
      for (const part of parts) expect(part.length).toBeLessThanOrEqual(world.textLimit);
      expect(parts.join('\n')).toBe(text);
    });

    it('offers every choice with the last part, as buttons or in its text', async () => {
      const choices = ['xac nhan', 'huy'];
      await world.messenger.send({ chatId: world.chatId, text: `${linesOf(world.textLimit + 100)}\nBạn xác nhận không?`, choices });
      const arrived = world.arrived(world.chatId);
      const last = arrived.at(-1);
      for (const choice of choices) expect(last?.buttons.includes(choice) || last?.text.includes(choice)).toBe(true);
      for (const earlier of arrived.slice(0, -1)) expect(earlier.buttons).toEqual([]);
    });

    it('reports a chat the platform refuses as rejected, delivering nothing', async () => {
      world.failNext('unknown_chat');
      const error = await failureOf(world.messenger.send({ chatId: world.chatId, text: 'Nhắc nộp số liệu' }));
      expect(error.failure).toBe('rejected');
      expect(error.retryAfterSeconds).toBeNull();
      expect(world.arrived(world.chatId)).toEqual([]);
    });

    it("reports a platform's server error as transient", async () => {
      world.failNext('server_error');
      expect((await failureOf(world.messenger.send({ chatId: world.chatId, text: 'Nhắc' }))).failure).toBe('transient');
    });

    it("reports a rate limit as rate_limited with the platform's wait", async () => {
      world.failNext('rate_limited');
      const error = await failureOf(world.messenger.send({ chatId: world.chatId, text: 'Nhắc' }));
      expect(error.failure).toBe('rate_limited');
      expect(error.retryAfterSeconds).toBe(world.retryAfterSeconds);
    });

    it('reports an unreachable platform as transient', async () => {
      await world.stopPlatform();
      expect((await failureOf(world.messenger.send({ chatId: world.chatId, text: 'Nhắc' }))).failure).toBe('transient');
    });

    it('stops at the first part that fails: nothing after it is sent', async () => {
      world.failNext('server_error');
      await failureOf(world.messenger.send({ chatId: world.chatId, text: linesOf(world.textLimit * 2) }));
      expect(world.sendCalls()).toBe(1);
      expect(world.arrived(world.chatId)).toEqual([]);
    });

    it('never puts the bot token in a failure', async () => {
      for (const failure of ['unknown_chat', 'server_error', 'rate_limited'] as const) {
        world.failNext(failure);
        const error = await failureOf(world.messenger.send({ chatId: world.chatId, text: 'Nhắc' }));
        expect(error.message).not.toContain(world.token);
      }
    });
  });
}
