import { describe, expect, it } from 'vitest';
import { rememberedPerKey, rememberedPerText, rememberedReader } from '../../../src/core/text/remembered.js';

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

describe('rememberedPerKey', () => {
  it('remembers per key, so that an argument differing in what the key names is computed afresh', () => {
    const calls: string[] = [];
    const read = rememberedPerKey(
      (a: { text: string; loud: boolean }) => `${a.loud ? 1 : 0} ${a.text}`,
      (a) => {
        calls.push(a.text);
        return a.loud ? a.text.toUpperCase() : a.text;
      },
      { texts: 4 },
    );
    expect([read({ text: 'vinh', loud: true }), read({ text: 'vinh', loud: false }), read({ text: 'vinh', loud: true })]).toEqual(['VINH', 'vinh', 'VINH']);
    expect(calls).toEqual(['vinh', 'vinh']);
  });
});

describe('rememberedReader', () => {
  it('reads a message once and hands every reader the same frozen reading', () => {
    let reads = 0;
    const read = rememberedReader((text) => {
      reads += 1;
      return text.startsWith('bhxh') ? { place: text.slice(5) } : null;
    });
    const first = read('bhxh Vinh');
    expect(read('bhxh Vinh')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect([read('hello'), read('hello')]).toEqual([null, null]);
    expect(reads).toBe(2);
  });
});
