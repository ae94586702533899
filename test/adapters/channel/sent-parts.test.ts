import { describe, expect, it } from 'vitest';
import { createSentParts, sendParts } from '../../../src/adapters/channel/sent-parts.js';

describe('sendParts with a memory of parts sent', () => {
  it('sends only the parts still missing when the same text is sent again for the same delivery', async () => {
    const memory = createSentParts();
    const out: string[] = [];
    let failAt = 1;
    const send = async (part: string, index: number) => {
      if (index === failAt) throw new Error('502');
      out.push(part);
    };
    const resume = { key: 'chat/42', sent: memory };
    await expect(sendParts(['a', 'b', 'c'], 'a b c', send, resume)).rejects.toThrow('502');
    expect(memory.done('chat/42', 'a b c')).toBe(1);
    failAt = -1;
    await sendParts(['a', 'b', 'c'], 'a b c', send, resume);
    expect(out).toEqual(['a', 'b', 'c']);
    // Delivered whole: nothing is remembered.
    expect(memory.done('chat/42', 'a b c')).toBe(0);
  });

  it('sends a different text whole, and another delivery whole', async () => {
    const memory = createSentParts();
    memory.record('chat/42', 'old text', 2);
    expect(memory.done('chat/42', 'new text')).toBe(0);
    expect(memory.done('chat/43', 'old text')).toBe(0);
    expect(memory.done('chat/42', 'old text')).toBe(2);
  });

  it('forgets the oldest delivery past its limit', () => {
    const memory = createSentParts(2);
    memory.record('k1', 't', 1);
    memory.record('k2', 't', 1);
    memory.record('k3', 't', 1);
    expect([memory.done('k1', 't'), memory.done('k2', 't'), memory.done('k3', 't')]).toEqual([0, 1, 1]);
  });

  it('sends every part without a delivery key', async () => {
    const out: string[] = [];
    await sendParts(['a', 'b'], 'a b', async (part) => {
      out.push(part);
    });
    expect(out).toEqual(['a', 'b']);
  });
});
