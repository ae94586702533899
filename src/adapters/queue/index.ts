/**
 * The BullMQ adapter of the reminder queue: the Redis connection, the ReminderQueue the use
 * cases enqueue through, the job schedulers derived from the calendar, and the worker process.
 */

export { type ChatSpacing, DEFAULT_CHAT_SPACING } from './chat-spacing.js';
export { createRedisConnection, describeRedisUrl, pingRedis, type RedisConnectionOptions } from './redis-connection.js';
export {
  DELIVERY_JOB_OPTIONS,
  type DeliveryChannel,
  deliveryJobId,
  deliveryQueueName,
  PLAN_JOB_OPTIONS,
  PLAN_QUEUE,
  schedulerId,
  UnsupportedChannelError,
} from './reminder-jobs.js';
export { type ClosableReminderQueue, createPlanQueue, createReminderQueue, type PlanQueue, type ReminderQueueOptions } from './reminder-queue.js';
export { type ReminderWorker, type ReminderWorkerDeps, startReminderWorker } from './reminder-worker.js';
export { InvalidScheduleError, type SyncOptions, type SyncOutcome, syncSchedulers } from './sync-schedulers.js';
export { type QueueJobCounts, queueJobCounts, type WatchedQueues, watchQueues } from './watched-queues.js';
export { DEFAULT_WORKER_TIMING, type WorkerTiming } from './worker-timing.js';
