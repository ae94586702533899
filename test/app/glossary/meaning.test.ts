import { describe, expect, it } from 'vitest';
import { seededAdminChat } from '../../support/seeded-world.js';

async function ask(...texts: string[]): Promise<string[]> {
  const chat = await seededAdminChat();
  const replies: string[] = [];
  for (const text of texts) replies.push(await chat.ask(text));
  return replies;
}

describe('meaning questions through the handler', () => {
  it('explains a term in the language asked, and reads no place into "là gì"', async () => {
    const [vi, en] = await ask('Đặc khu là gì?', 'how is health insurance coverage calculated?');
    expect(vi).toMatch(/^Đặc khu: đơn vị hành chính cấp xã/);
    expect(vi).not.toContain('La Gi');
    expect(en).toContain('Health insurance coverage = health insurance participants ÷ population');
  });

  it('leaves a question naming a place to the figures', async () => {
    const [text] = await ask('Tỷ lệ BHYT của Hải Phòng là gì');
    expect(text).toContain('92,35%');
  });
});
