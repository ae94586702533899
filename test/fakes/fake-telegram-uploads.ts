/**
 * Uploads to the fake Bot API: a multipart/form-data body read as Telegram reads it (fields, JSON in
 * structured fields, files as parts, a field "attach://<name>" pointing at the part of that name), and
 * sendPhoto / sendDocument answered with the real message shapes and the real refusals (no file, a
 * caption over 1024 characters, a photo that is not an image).
 */
import type { ApiResponse, FakeState, Params } from './fake-telegram-methods.js';
import { badRequest } from './fake-telegram-methods.js';

/** A file part of a multipart body. */
export interface UploadedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** Whether a parameter is an uploaded file. */
export function isUpload(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as { bytes?: unknown }).bytes);
}

/** The fields and files of a multipart body; JSON objects in fields are parsed, attach:// resolved. */
export function readMultipart(body: Buffer, contentType: string): Params {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return {};
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, unknown> = {};
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    // grammY writes `name="x";filename=a.png` (the file name unquoted); browsers quote both.
    const name = /[;:\s]name="?([^";\r\n]*)"?/i.exec(head)?.[1] ?? '';
    const filename = /filename="?([^";\r\n]*)"?/i.exec(head)?.[1];
    if (filename !== undefined) {
      fields[name] = { filename, contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream', bytes: Buffer.from(content) };
    } else {
      const text = content.toString('utf8');
      fields[name] = parseLoose(text);
    }
    at = next;
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.startsWith('attach://')) fields[key] = fields[value.slice('attach://'.length)] ?? value;
  }
  return fields;
}

function parseLoose(value: string): unknown {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' ? parsed : value;
  } catch {
    return value;
  }
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function fileId(kind: string, n: number): { file_id: string; file_unique_id: string } {
  return { file_id: `Ag${kind}${String(n).padStart(6, '0')}AAQC`, file_unique_id: `AQAD${kind}${n}` };
}

function baseMessage(state: FakeState, params: Params): Record<string, unknown> | ApiResponse {
  const chatId = Number(params.chat_id);
  if (!Number.isInteger(chatId)) return badRequest('chat not found');
  const caption = params.caption;
  if (typeof caption === 'string' && caption.length > 1024) return badRequest('message caption is too long');
  const chat = state.chats.get(chatId) ?? (chatId < 0 ? { id: chatId, type: 'group', title: 'Nhóm' } : { id: chatId, type: 'private', first_name: 'Lan' });
  const { botInfo } = state;
  return {
    message_id: state.nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
    ...(typeof caption === 'string' && caption !== '' ? { caption } : {}),
    ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
  };
}

/** sendPhoto: the photo as Telegram stores it, in sizes no larger than 1280 on the long side. */
export function sendPhoto(state: FakeState, params: Params): ApiResponse {
  const photo = params.photo;
  if (!isUpload(photo)) return badRequest('there is no photo in the request');
  if (!photo.bytes.subarray(0, 8).equals(PNG)) return badRequest('IMAGE_PROCESS_FAILED');
  const message = baseMessage(state, params);
  if ('ok' in message) return message as ApiResponse;
  const width = photo.bytes.readUInt32BE(16);
  const height = photo.bytes.readUInt32BE(20);
  const scaled = (max: number) => {
    const k = Math.min(1, max / Math.max(width, height));
    return { width: Math.round(width * k), height: Math.round(height * k) };
  };
  const n = message.message_id as number;
  const sizes = [90, 320, 800, 1280].map((max, i) => ({
    ...fileId(`photo${i}`, n),
    ...scaled(max),
    file_size: Math.round(photo.bytes.length * (i + 1) * 0.25),
  }));
  return { ok: true, result: { ...message, photo: sizes } };
}

/** sendDocument: the file with its name and type. */
export function sendDocument(state: FakeState, params: Params): ApiResponse {
  const document = params.document;
  if (!isUpload(document)) return badRequest('there is no document in the request');
  const message = baseMessage(state, params);
  if ('ok' in message) return message as ApiResponse;
  const n = message.message_id as number;
  return {
    ok: true,
    result: {
      ...message,
      document: { ...fileId('doc', n), file_name: document.filename, mime_type: document.contentType, file_size: document.bytes.length },
    },
  };
}
