/** The metrics wrappers: counts around the message handler, the replies sent and the reminders delivered. */
import type { Metrics } from '../adapters/http/metrics.js';
import type { AnswerMessage, HandleMessage } from '../app/answer-once.js';
import type { DeliveryJob, DeliveryOutcome, DeliveryProgress } from '../ports/reminder-queue.js';

/** Counts updates, submissions recorded and handling time per channel around the handler. */
export function countHandled(handle: HandleMessage, metrics: Metrics): HandleMessage {
  return async (message, inbound) => {
    const channel = { channel: message.channel };
    metrics.updates.inc(channel);
    const end = metrics.handlerSeconds.startTimer(channel);
    try {
      const reply = await handle(message, inbound);
      if (reply.recorded === true) metrics.submissions.inc(channel);
      return reply;
    } finally {
      end();
    }
  };
}

/** Counts the replies a platform took: after the send resolves, so a failed send is not counted. */
export function countReplies(answer: AnswerMessage, metrics: Metrics): AnswerMessage {
  return (message, send) =>
    answer(message, async (reply) => {
      await send(reply);
      if (reply.silent !== true && reply.text.length > 0) metrics.replies.inc({ channel: message.channel });
    });
}

/** The counters of reminders: sent, failed for good, and sent again after a dead worker. */
export type ReminderMetrics = Pick<Metrics, 'remindersSent' | 'remindersFailed'> & Partial<Pick<Metrics, 'remindersResent'>>;

type Deliver = (job: DeliveryJob, progress: DeliveryProgress) => Promise<DeliveryOutcome>;

/** Counts each reminder's outcome (sent, failed) per channel. */
export function countDeliveries(deliver: Deliver, metrics: ReminderMetrics | undefined): Deliver {
  if (!metrics) return deliver;
  return async (job, progress) => {
    const outcome = await deliver(job, progress);
    if (outcome === 'sent') metrics.remindersSent.inc({ channel: job.chat.channel });
    if (outcome === 'failed') metrics.remindersFailed.inc({ channel: job.chat.channel });
    return outcome;
  };
}
