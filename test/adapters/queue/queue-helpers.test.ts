/** The adapter's pure helpers: reconnect backoff, safe URL for logs, ids, limiter settings. */
import { describe, expect, it } from 'vitest';
import { limiterFor } from '../../../src/adapters/queue/delivery-worker.js';
import { isConnectionError } from '../../../src/adapters/queue/log-worker-events.js';
import { describeRedisUrl, MAX_RECONNECT_DELAY_MS, reconnectDelay } from '../../../src/adapters/queue/redis-connection.js';
import { asDeliveryChannel, deliveryJobId, deliveryQueueName, schedulerId, UnsupportedChannelError } from '../../../src/adapters/queue/reminder-jobs.js';

describe('reconnectDelay', () => {
  it('backs off from 100 ms, doubling, and never gives up or exceeds the cap', () => {
    expect([1, 2, 3, 4].map(reconnectDelay)).toEqual([100, 200, 400, 800]);
    for (const times of [7, 50, 10_000]) expect(reconnectDelay(times)).toBe(MAX_RECONNECT_DELAY_MS);
  });
});

describe('describeRedisUrl', () => {
  it('leaves the user name and password out', () => {
    const described = describeRedisUrl('rediss://default:s3cret-pw@cache.example.com:6380/2');
    expect(described).toBe('rediss://cache.example.com:6380/2');
    expect(described).not.toContain('s3cret');
  });

  it('does not echo a URL it cannot parse', () => {
    expect(describeRedisUrl('::s3cret::')).not.toContain('s3cret');
  });
});

describe('job and scheduler ids', () => {
  it('never makes a plain integer nor contains a colon', () => {
    expect(deliveryJobId(42)).toBe('delivery-42');
    expect(schedulerId('monthly')).toBe('plan-monthly');
    expect(schedulerId('q:2/x y')).not.toContain(':');
  });

  it('keeps different schedule keys apart', () => {
    expect(schedulerId('a:b')).not.toBe(schedulerId('a_b'));
    expect(schedulerId('a:b')).not.toBe(schedulerId('a%3Ab'));
  });

  it('gives each delivery channel its queue and refuses console', () => {
    expect(deliveryQueueName(asDeliveryChannel('telegram'))).toBe('reminders-telegram');
    expect(deliveryQueueName(asDeliveryChannel('zalo'))).toBe('reminders-zalo');
    expect(() => asDeliveryChannel('console')).toThrow(UnsupportedChannelError);
  });
});

describe('limiterFor', () => {
  it('allows `rate` jobs a second, and one per 1/rate seconds below one a second', () => {
    expect(limiterFor(30)).toEqual({ max: 30, duration: 1_000 });
    expect(limiterFor(2.5)).toEqual({ max: 2, duration: 1_000 });
    expect(limiterFor(0.5)).toEqual({ max: 1, duration: 2_000 });
  });
});

describe('isConnectionError', () => {
  it('tells an outage from a job error', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error('Connection is closed.'))).toBe(true);
    expect(isConnectionError(new Error('Missing lock for job delivery-1'))).toBe(false);
  });
});
