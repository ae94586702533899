import { describe, expect, it } from 'vitest';
import { chosenLanguageOf } from '../../../src/adapters/channel/chosen-language.js';
import { recordingLogger } from '../queue/queue-kit.js';

describe('chosenLanguageOf', () => {
  it('gives the language the person chose, or null when they chose none', async () => {
    const { log } = recordingLogger();
    const lookUp = async (userId: string) => (userId === '501' ? ('en' as const) : null);
    expect(await chosenLanguageOf(lookUp, '501', log)).toBe('en');
    expect(await chosenLanguageOf(lookUp, '502', log)).toBeNull();
  });

  it('gives null without a look-up', async () => {
    expect(await chosenLanguageOf(undefined, '501', recordingLogger().log)).toBeNull();
  });

  it('counts a failed look-up as no choice, with a warning naming the error', async () => {
    const { log, entries } = recordingLogger();
    const lookUp = async () => {
      throw new Error('database unreachable');
    };
    expect(await chosenLanguageOf(lookUp, '501', log)).toBeNull();
    expect(entries).toMatchObject([{ level: 40, msg: 'chosen language not read', err: { message: 'database unreachable', type: 'Error' } }]);
  });
});
