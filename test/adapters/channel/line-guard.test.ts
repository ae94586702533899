import { describe, expect, it } from 'vitest';
import { createLineGuard, LINE_WINDOW_MS } from '../../../src/adapters/channel/line-guard.js';

describe('createLineGuard', () => {
  it('lets a line go to a chat once per window, and again after it', () => {
    const mayTell = createLineGuard();
    expect(mayTell('501/text-only', 0)).toBe(true);
    expect(mayTell('501/text-only', 1_000)).toBe(false);
    expect(mayTell('501/text-only', LINE_WINDOW_MS - 1)).toBe(false);
    expect(mayTell('501/text-only', LINE_WINDOW_MS)).toBe(true);
  });

  it('keeps chats and lines apart', () => {
    const mayTell = createLineGuard();
    expect(mayTell('501/text-only', 0)).toBe(true);
    expect(mayTell('502/text-only', 0)).toBe(true);
    expect(mayTell('501/withheld', 0)).toBe(true);
  });
});
