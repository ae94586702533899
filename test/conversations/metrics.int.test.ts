/**
 * /metrics of the real service (Telegram by webhook) counts what happened: updates received, replies
 * the platform took (not those it refused), submission versions recorded (a redelivery once), and
 * the handling time of every update.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/adapters/memory/fixed-clock.js';
import { textUpdate } from '../fakes/fake-telegram-api.js';
import { useSeededService } from './seeded-service.js';
import { TELEGRAM_SECRET } from './test-service.js';

const CHAT = 840_001;
const running = useSeededService([{ code: 'METRICFP', role: 'focal_point', unit: 'Trường Vinh', province: 'Nghệ An' }], {
  telegram: 'webhook',
  clock: fixedClock('2026-12-03T09:00:00+07:00'),
});

const post = (update: object) => running().post('/webhooks/telegram', update, { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET });

/** The value of one sample of the Prometheus text, 0 when absent. */
async function sample(name: string): Promise<number> {
  const text = await (await fetch(`${running().url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('/metrics', () => {
  it('counts updates, replies taken, submissions recorded once, and handling times', async () => {
    expect(await post(textUpdate({ chatId: CHAT, userId: CHAT, text: '/start METRICFP' }))).toBe(200);
    const submission = textUpdate({ chatId: CHAT, userId: CHAT, text: 'nop 6T/2025 bb 41.200 tn 3.150 ld 180.000' });
    // The receipt is refused once (502): the webhook asks for the update again, and the redelivery records nothing new.
    running().telegram.failNext('sendMessage', 'server_error');
    expect(await post(submission)).toBe(500);
    expect(await post(submission)).toBe(200);
    // A reply the user can never get (they blocked the bot) is not a reply sent.
    running().telegram.failNext('sendMessage', 'blocked');
    expect(await post(textUpdate({ chatId: CHAT, userId: CHAT, text: 'Vinh' }))).toBe(200);

    expect(await sample('baophu_updates_total{channel="telegram"}')).toBe(4);
    expect(running().telegram.succeeded('sendMessage')).toHaveLength(2);
    expect(await sample('baophu_replies_total{channel="telegram"}')).toBe(2);
    expect(await sample('baophu_submissions_total{channel="telegram"}')).toBe(1);
    expect(await sample('baophu_handler_seconds_count{channel="telegram"}')).toBe(4);
  });
});
