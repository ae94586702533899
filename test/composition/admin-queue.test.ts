/** The stuck-reminder commands' needs from the configuration (src/composition/admin-queue.ts). */
import { describe, expect, it } from 'vitest';
import { stuckCommandDeps } from '../../src/composition/admin-queue.js';

describe('stuckCommandDeps', () => {
  it('takes REMINDER_STUCK_AFTER_SECONDS when set, else the job lock and its margin', () => {
    expect(stuckCommandDeps({ stuckReminders: { policy: 'list', afterMs: 5_000 }, redisUrl: undefined, redisPrefix: 'p' }).stuckAfterMs).toBe(5_000);
    expect(stuckCommandDeps({ stuckReminders: { policy: 'list', afterMs: undefined }, redisUrl: undefined, redisPrefix: 'p' }).stuckAfterMs).toBe(60_000);
  });

  it('says that resending needs REDIS_URL when there is none', async () => {
    const deps = stuckCommandDeps({ stuckReminders: { policy: 'resend', afterMs: undefined }, redisUrl: undefined, redisPrefix: 'p' });
    await expect(deps.openQueue()).rejects.toThrow('reminders --resend-stuck needs REDIS_URL');
  });
});
