import { describe, expect, it } from 'vitest';
import { outgoingReply } from '../../../src/adapters/channel/outgoing-reply.js';
import type { Attachment } from '../../../src/ports/messenger.js';

const CHART: Attachment = { kind: 'image', id: 'chart-id-0000000000001', fileName: 'bhxh.png', mimeType: 'image/png', bytes: new Uint8Array([1, 2, 3]) };

describe('outgoingReply', () => {
  it('has nothing to send for a reply the flood limit silenced, or an empty one', () => {
    expect(outgoingReply({ text: '', silent: true }, { chatId: '1' })).toBeNull();
    expect(outgoingReply({ text: 'Đã ghi nhận', silent: true }, { chatId: '1' })).toBeNull();
    expect(outgoingReply({ text: '' }, { chatId: '1' })).toBeNull();
  });

  it('carries the text, the choices with their list, the file and the address, and nothing else', () => {
    const reply = { text: 'Chọn:', choices: ['Vinh, Nghệ An', 'Vinh, Thanh Hóa'], choiceList: 'mgh2k4x0', attachment: CHART, recorded: true, secrets: ['x'] };
    expect(outgoingReply(reply, { chatId: '-100', deliveryKey: '-100/7', replyTo: '7', topic: '77' })).toEqual({
      chatId: '-100',
      text: 'Chọn:',
      choices: ['Vinh, Nghệ An', 'Vinh, Thanh Hóa'],
      choiceList: 'mgh2k4x0',
      attachment: CHART,
      deliveryKey: '-100/7',
      replyTo: '7',
      topic: '77',
    });
  });

  it('leaves out what the reply and the address do not have', () => {
    expect(outgoingReply({ text: 'Xin chào' }, { chatId: '501' })).toEqual({ chatId: '501', text: 'Xin chào' });
  });
});
