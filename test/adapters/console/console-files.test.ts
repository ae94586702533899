/** A reply's file on the console: written to the files folder (DATA_DIR/files) and its path printed. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.js';
import { consoleFilesDir, saveAttachment } from '../../../src/adapters/console/save-attachment.js';
import type { Reply } from '../../../src/app/message.js';

let dataDir = '';
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const chart = {
  kind: 'image' as const,
  id: 'Ab_9-xyzABCDEFGHIJKLMNO',
  fileName: 'bhxh-bac-kan.png',
  mimeType: 'image/png',
  bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
};

describe('files on the console', () => {
  it('writes the chart under DATA_DIR/files and prints its path after the text, before the choices', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'baophu-console-files-'));
    const dir = consoleFilesDir(dataDir);
    const reply: Reply = { text: '📊 Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn', attachment: chart, choices: ['Khác'] };
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => void (text += chunk.toString('utf8')));
    const done = runConsoleChat({ handle: async () => reply, input, output, userId: 'u1', interactive: false, saveAttachment: (a) => saveAttachment(dir, a) });
    input.end('biểu đồ bhxh Bắc Kạn\n');
    await done;
    const path = join(dataDir, 'files', 'bhxh-bac-kan-Ab_9-xyz.png');
    expect(text).toBe(`📊 Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn\n📎 ${path}\n1. Khác\n\n`);
    expect(new Uint8Array(await readFile(path))).toEqual(chart.bytes);
  });

  it('prints why a file could not be written, and still answers', async () => {
    const output = new PassThrough();
    const input = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => void (text += chunk.toString('utf8')));
    const done = runConsoleChat({
      handle: async () => ({ text: 'chart', attachment: chart }),
      input,
      output,
      userId: 'u1',
      interactive: false,
      saveAttachment: () => Promise.reject(new Error('EACCES: permission denied')),
    });
    input.end('x\n');
    await done;
    expect(text).toBe('chart\n📎 bhxh-bac-kan.png: EACCES: permission denied\n\n');
  });
});
