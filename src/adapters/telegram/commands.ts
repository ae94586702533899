/**
 * The command menus Telegram shows under "/": Vietnamese for everyone, English for users whose
 * Telegram is in English. Every command listed is one the message handler understands.
 */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { UNDO_MINUTES } from '../../core/submission/receipt.js';

/** The Vietnamese menu (the default for every language without its own). */
export const VIETNAMESE_COMMANDS: readonly BotCommand[] = [
  { command: 'start', description: 'Bắt đầu; /start <mã mời> để đăng ký' },
  { command: 'nop', description: 'Nộp số liệu: /nop 6T/2025 bb 41200 tn 3150' },
  { command: 'trangthai', description: 'Xem tình hình nộp số liệu của đơn vị' },
  { command: 'xacnhan', description: 'Xác nhận số liệu đang chờ' },
  { command: 'huy', description: 'Hủy số liệu đang chờ' },
  { command: 'hoantac', description: `Hoàn tác lần nộp vừa rồi (trong ${UNDO_MINUTES} phút)` },
  { command: 'lang', description: 'Chọn ngôn ngữ trả lời: /lang vi, /lang en, /lang auto' },
  { command: 'help', description: 'Hướng dẫn sử dụng' },
];

/** The English menu. */
export const ENGLISH_COMMANDS: readonly BotCommand[] = [
  { command: 'start', description: 'Start; /start <invite code> to register' },
  { command: 'submit', description: 'Submit figures: /submit 6T/2025 bb 41200 tn 3150' },
  { command: 'status', description: 'See what your units have submitted' },
  { command: 'confirm', description: 'Confirm figures waiting for confirmation' },
  { command: 'cancel', description: 'Cancel figures waiting for confirmation' },
  { command: 'undo', description: `Undo your last submission (within ${UNDO_MINUTES} minutes)` },
  { command: 'lang', description: 'Choose the reply language: /lang en, /lang vi, /lang auto' },
  { command: 'help', description: 'How to use the bot' },
];

/** Sets both menus; called once at start-up (it is idempotent). */
export async function registerCommands(bot: { readonly api: Api }): Promise<void> {
  await bot.api.setMyCommands([...VIETNAMESE_COMMANDS]);
  await bot.api.setMyCommands([...ENGLISH_COMMANDS], { language_code: 'en' });
}
