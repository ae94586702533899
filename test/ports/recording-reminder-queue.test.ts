/** The recording queue the reminder use cases' tests push to keeps the ReminderQueue contract. */
import { describeReminderQueueContract } from '../ports/reminder-queue-contract.js';
import { recordingQueue } from './reminder-fakes.js';

describeReminderQueueContract('the recording queue of the use-case tests', async () => {
  const queue = recordingQueue();
  return {
    queue,
    waiting: async () => [...queue.jobs],
    syncRequests: async () => queue.syncRequests,
    close: async () => {},
  };
});
