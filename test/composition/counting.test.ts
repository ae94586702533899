/** The metrics wrappers of the composition root: what each counts, and what it leaves uncounted. */
import { describe, expect, it } from 'vitest';
import { createMetrics, type Metrics } from '../../src/adapters/http/metrics.js';
import type { AnswerMessage } from '../../src/app/answer-once.js';
import type { IncomingMessage, Reply } from '../../src/app/message.js';
import { countDeliveries, countHandled, countReplies } from '../../src/composition/counting.js';
import type { DeliveryJob, DeliveryOutcome } from '../../src/ports/reminder-queue.js';

const MESSAGE: IncomingMessage = { channel: 'zalo', chatId: 'c1', userId: 'u1', text: 'hi' };

/** The value of the sample `name`{channel="zalo"} in the registry's text (0 when never counted). */
async function sampleOf(metrics: Metrics, name: string): Promise<number> {
  const line = (await metrics.registry.metrics()).split('\n').find((l) => l.startsWith(`${name}{channel="zalo"}`));
  return line === undefined ? 0 : Number(line.split(' ').at(-1));
}

describe('countHandled', () => {
  it('counts each update and each recorded submission of its channel, and times the handler even when it throws', async () => {
    const metrics = createMetrics(false);
    const replies: Reply[] = [{ text: 'ok', recorded: true }, { text: 'ok' }];
    const handle = countHandled(async () => replies.shift() as Reply, metrics);
    await handle(MESSAGE);
    await handle(MESSAGE);
    await expect(countHandled(async () => Promise.reject(new Error('down')), metrics)(MESSAGE)).rejects.toThrow('down');
    expect(await sampleOf(metrics, 'baophu_updates_total')).toBe(3);
    expect(await sampleOf(metrics, 'baophu_submissions_total')).toBe(1);
    expect(await sampleOf(metrics, 'baophu_handler_seconds_count')).toBe(3);
  });
});

describe('countReplies', () => {
  it('counts a reply once the platform took it: not a silent or empty one, not a failed send', async () => {
    const metrics = createMetrics(false);
    const sent: Reply[] = [{ text: 'hello' }, { text: '', silent: true }, { text: '' }];
    const answer: AnswerMessage = async (_message, send) => {
      for (const reply of sent) await send(reply);
      return 'answered';
    };
    await countReplies(answer, metrics)(MESSAGE, async () => undefined);
    await expect(
      countReplies(answer, metrics)(MESSAGE, async () => {
        throw new Error('429');
      }),
    ).rejects.toThrow('429');
    expect(await sampleOf(metrics, 'baophu_replies_total')).toBe(1);
  });
});

describe('countDeliveries', () => {
  it('counts a reminder sent and one failed for good, per channel, and nothing else', async () => {
    const metrics = createMetrics(false);
    const outcomes: DeliveryOutcome[] = ['sent', 'failed', 'skipped', 'not-sent-again'];
    const deliver = countDeliveries(async () => outcomes.shift() ?? 'skipped', metrics);
    const job = { chat: { channel: 'zalo' } } as unknown as DeliveryJob;
    for (let i = 0; i < 4; i += 1) await deliver(job, { sendStarted: () => undefined });
    expect(await sampleOf(metrics, 'baophu_reminders_sent_total')).toBe(1);
    expect(await sampleOf(metrics, 'baophu_reminders_failed_total')).toBe(1);
  });

  it('hands the delivery back as it is without metrics', () => {
    const deliver = async () => 'sent' as const;
    expect(countDeliveries(deliver, undefined)).toBe(deliver);
  });
});
