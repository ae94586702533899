/** The recording queue the reminder use cases' tests push to keeps the ReminderQueue contract. */

import { recordingQueue } from '../support/reminder-fakes.js';
import { describeReminderQueueContract } from './reminder-queue-contract.js';

describeReminderQueueContract('the recording queue of the use-case tests', async () => {
  const queue = recordingQueue();
  return {
    queue,
    waiting: async () => [...queue.jobs],
    syncRequests: async () => queue.syncRequests,
    close: async () => {},
  };
});
