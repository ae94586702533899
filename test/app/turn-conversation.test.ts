/** The turn's view of its conversation: read once at the opening, kept as the turn writes it. */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store.js';
import { withTurnConversation } from '../../src/app/turn-conversation.js';

const key = { channel: 'telegram' as const, chatId: '-1', userId: '7' };
const other = { ...key, userId: '8' };
const now = new Date('2026-12-06T08:00:00.000Z');
const state = (kind: string, expiresAt = '2026-12-06T08:15:00.000Z') => ({ kind, payload: { n: 1 }, expiresAt });

describe('withTurnConversation', () => {
  it('answers its own key from the opening read, applying the expiry at the instant asked', async () => {
    const store = createMemoryStore();
    await store.setConversation(key, state('in the database'));
    const turn = withTurnConversation(store, key, state('opened', '2026-12-06T08:05:00.000Z'));
    expect(await turn.getConversation(key, now)).toMatchObject({ kind: 'opened' });
    expect(await turn.getConversation(key, new Date('2026-12-06T08:05:00.000Z'))).toBeNull();
  });

  it('keeps up with what the turn sets and clears, and writes it through to the store', async () => {
    const store = createMemoryStore();
    const turn = withTurnConversation(store, key, null);
    expect(await turn.getConversation(key, now)).toBeNull();
    await turn.setConversation(key, state('offer'));
    expect(await turn.getConversation(key, now)).toMatchObject({ kind: 'offer', payload: { n: 1 } });
    expect(await store.getConversation(key, now)).toMatchObject({ kind: 'offer' });
    await turn.clearConversation(key);
    expect(await turn.getConversation(key, now)).toBeNull();
    expect(await store.getConversation(key, now)).toBeNull();
  });

  it('keeps a state set soon at once, before the store has it, and passes the write on', async () => {
    const store = createMemoryStore();
    let written: (() => void) | undefined;
    const slow = Object.assign(Object.create(store) as typeof store, {
      setConversationSoon: (k: typeof key, s: ReturnType<typeof state>) =>
        new Promise<void>((resolve) => {
          written = () => void store.setConversation(k, s).then(resolve);
        }),
    });
    const turn = withTurnConversation(slow, key, null);
    const soon = turn.setConversationSoon(key, state('chart offer'));
    expect(await turn.getConversation(key, now)).toMatchObject({ kind: 'chart offer' });
    expect(await store.getConversation(key, now)).toBeNull();
    written?.();
    await soon;
    expect(await store.getConversation(key, now)).toMatchObject({ kind: 'chart offer' });
  });

  it('leaves other keys and every other port to the store', async () => {
    const store = createMemoryStore();
    await store.setConversation(other, state('theirs'));
    const turn = withTurnConversation(store, key, state('mine'));
    expect(await turn.getConversation(other, now)).toMatchObject({ kind: 'theirs' });
    await turn.setConversation(other, state('changed'));
    expect(await turn.getConversation(key, now)).toMatchObject({ kind: 'mine' });
    expect(await turn.factsVersion()).toBe(await store.factsVersion());
  });
});
