import { describe, expect, it } from 'vitest';
import { commandWords } from '../../src/app/command-word.js';

describe('commandWords', () => {
  it('folds a short message and drops the bot name after a command', () => {
    expect(commandWords('/undo@baophu_bot')).toBe('undo');
    expect(commandWords('Hoàn tác!')).toBe('hoan tac');
  });

  it('leaves out an acknowledgement or the speaker before the command and politeness after it', () => {
    expect(commandWords('Dạ em xác nhận ạ')).toBe('xac nhan');
    expect(commandWords('ok đồng ý nhé')).toBe('dong y');
    expect(commandWords('thôi hủy đi')).toBe('huy');
    expect(commandWords('trạng thái nha')).toBe('trang thai');
  });

  it('keeps a message made only of such words, and reads nothing longer than a command', () => {
    expect(commandWords('dạ')).toBe('da');
    expect(commandWords('ok nhé')).toBe('ok');
    expect(commandWords('x'.repeat(41))).toBeNull();
  });
});
