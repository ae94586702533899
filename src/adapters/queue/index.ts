/**
 * The BullMQ adapter of the reminder queue (issue 5): the Redis connection, the ReminderQueue the use
 * cases enqueue through, the job schedulers derived from the calendar, and the worker process.
 */
export { createRedisConnection, pingRedis, describeRedisUrl, type RedisConnectionOptions } from './redis-connection.js';
export { createReminderQueue, createPlanQueue, type ClosableReminderQueue, type PlanQueue, type ReminderQueueOptions } from './reminder-queue.js';
export { syncSchedulers, InvalidScheduleError, type SyncOutcome, type SyncOptions } from './sync-schedulers.js';
export { startReminderWorker, type ReminderWorker, type ReminderWorkerDeps } from './reminder-worker.js';
export { DEFAULT_CHAT_SPACING, type ChatSpacing } from './chat-spacing.js';
export { DEFAULT_WORKER_TIMING, type WorkerTiming } from './worker-timing.js';
export {
  DELIVERY_JOB_OPTIONS, PLAN_JOB_OPTIONS, PLAN_QUEUE, UnsupportedChannelError, deliveryJobId, deliveryQueueName, schedulerId,
  type DeliveryChannel,
} from './reminder-jobs.js';
export { watchQueues, queueJobCounts, type QueueJobCounts, type WatchedQueues } from './watched-queues.js';
