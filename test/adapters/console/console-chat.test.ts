/** The console chat over streams: one reply per line, ended by an empty line, choices as numbered lines. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import type { Reply } from '../../../src/app/message.js';

/** Runs a scripted chat whose handler answers every line with `reply` and returns what was printed. */
async function printed(lines: readonly string[], reply: Reply): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => void (text += chunk.toString('utf8')));
  const done = runConsoleChat({ handle: async () => reply, input, output, userId: 'u1', interactive: false });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return text;
}

describe('runConsoleChat (scripted)', () => {
  it('prints a reply’s choices as numbered lines, since a terminal has no buttons', async () => {
    const reply = { text: 'Chưa ghi nhận.\n\nTrả lời "xac nhan" để ghi nhận hoặc "huy" để hủy.', choices: ['xac nhan', 'huy'] };
    expect(await printed(['nop bb 5 ld 10'], reply)).toBe('Chưa ghi nhận.\nTrả lời "xac nhan" để ghi nhận hoặc "huy" để hủy.\n1. xac nhan\n2. huy\n\n');
  });

  it('does not repeat choices the text already lists', async () => {
    const reply = { text: 'Bạn muốn hỏi:\n1. Tân Phú (Đồng Nai)\n2. Tân Phú (TP.HCM)', choices: ['Tân Phú (Đồng Nai)', 'Tân Phú (TP.HCM)'] };
    expect(await printed(['Tân Phú'], reply)).toBe('Bạn muốn hỏi:\n1. Tân Phú (Đồng Nai)\n2. Tân Phú (TP.HCM)\n\n');
  });
});
