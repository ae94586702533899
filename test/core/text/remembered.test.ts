import { describe, expect, it } from 'vitest';
import { rememberedPerText } from '../../../src/core/text/remembered.js';

/** A function that counts its calls per text. */
function counted() {
  const calls: string[] = [];
  const compute = (text: string) => {
    calls.push(text);
    return text.length > 3 ? text.toUpperCase() : null;
  };
  return { calls, compute };
}

describe('rememberedPerText', () => {
  it('computes a text once while it is remembered, null results included', () => {
    const { calls, compute } = counted();
    const read = rememberedPerText(compute, { texts: 4 });
    expect([read('abcd'), read('ab'), read('abcd'), read('ab')]).toEqual(['ABCD', null, 'ABCD', null]);
    expect(calls).toEqual(['abcd', 'ab']);
  });

  it('forgets the oldest text first once full', () => {
    const { calls, compute } = counted();
    const read = rememberedPerText(compute, { texts: 2 });
    for (const text of ['one1', 'two2', 'three', 'two2', 'one1']) read(text);
    expect(calls).toEqual(['one1', 'two2', 'three', 'one1']);
  });

  it('computes texts longer than the bound every time', () => {
    const { calls, compute } = counted();
    const read = rememberedPerText(compute, { texts: 10, longest: 4 });
    for (const text of ['short', 'short', 'tiny', 'tiny']) read(text);
    expect(calls).toEqual(['short', 'short', 'tiny']);
  });
});
