/**
 * Files on the fake Bot API: a user's document (uploaded by the test), getFile as Telegram answers
 * it ({file_id, file_unique_id, file_size, file_path}; "file is too big" past 20 MB; "invalid
 * file_id"), and the download route `/file/bot<token>/<file_path>`. Plus the document message a
 * user sends, shaped as the Bot API delivers it.
 */
import type { ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import type { ApiResponse, Params } from './fake-telegram-methods.js';
import type { MessageOptions } from './fake-telegram-updates.js';

/** What getFile lets a bot download: 20 MB. */
export const GET_FILE_LIMIT = 20 * 1024 * 1024;

export interface StoredFile {
  readonly fileId: string;
  readonly uniqueId: string;
  readonly path: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

export interface FakeFiles {
  /** Keeps a file as a user's upload; `declaredSize` stands in for a file too large to hold in a test. */
  add(bytes: Uint8Array, declaredSize?: number): StoredFile;
  /** The getFile method. */
  getFile(params: Params): ApiResponse;
  /** Serves a download request; false when the path is not a file route. */
  serve(pathname: string, token: string, response: ServerResponse): boolean;
  /** Paths downloaded, in order. */
  readonly downloads: string[];
}

export function createFakeFiles(): FakeFiles {
  const files = new Map<string, StoredFile>();
  const downloads: string[] = [];
  let next = 1;
  return {
    downloads,
    add(bytes, declaredSize) {
      const n = next++;
      const file = {
        fileId: `BQACAgIAAxkBAAI${String(n).padStart(6, '0')}Zm9vYmFy`,
        uniqueId: `AgAD${String(n).padStart(4, '0')}`,
        path: `documents/file_${n}.xlsx`,
        size: declaredSize ?? bytes.length,
        bytes,
      };
      files.set(file.fileId, file);
      return file;
    },
    getFile(params) {
      const file = typeof params.file_id === 'string' ? files.get(params.file_id) : undefined;
      if (!file) return { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' };
      if (file.size > GET_FILE_LIMIT) return { ok: false, error_code: 400, description: 'Bad Request: file is too big' };
      return { ok: true, result: { file_id: file.fileId, file_unique_id: file.uniqueId, file_size: file.size, file_path: file.path } };
    },
    serve(pathname, token, response) {
      const match = /^\/file\/bot([^/]+)\/(.+)$/.exec(pathname);
      if (!match) return false;
      const file = [...files.values()].find((f) => f.path === match[2]);
      if (match[1] !== token || !file) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return true;
      }
      downloads.push(file.path);
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes.length) }).end(Buffer.from(file.bytes));
      return true;
    },
  };
}

let nextUpdateId = 700_000;
let nextMessageId = 70_000;

/** A document message (a file sent with an optional caption) in a private chat. */
export function documentUpdate(options: MessageOptions & { readonly file: StoredFile; readonly fileName: string; readonly caption?: string }): Update {
  const chat =
    options.chatType === undefined || options.chatType === 'private'
      ? { id: options.chatId, type: 'private' as const, first_name: 'Lan' }
      : { id: options.chatId, type: options.chatType, title: 'Nhóm cán bộ BHXH' };
  return {
    update_id: options.updateId ?? nextUpdateId++,
    message: {
      message_id: options.messageId ?? nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: { id: options.userId, is_bot: false, first_name: 'Lan', ...(options.languageCode ? { language_code: options.languageCode } : {}) },
      document: {
        file_id: options.file.fileId,
        file_unique_id: options.file.uniqueId,
        file_name: options.fileName,
        mime_type: options.fileName.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        file_size: options.file.size,
      },
      ...(options.caption === undefined ? {} : { caption: options.caption }),
    },
  } as Update;
}
