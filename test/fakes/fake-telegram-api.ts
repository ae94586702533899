/**
 * A fake Telegram Bot API on 127.0.0.1 (random port) that answers `/bot<token>/<method>` as the real
 * one does, so grammY runs its real HTTP code in tests. It records every request, serves queued
 * updates to getUpdates (long polling with offset and timeout), and can be told to fail the next
 * calls of a method with a 429, a 5xx, a 403, a 400, to answer slowly, or to hold its answers until
 * released (requests in flight at the moment a client process is killed).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { failureResponse, type InjectedFailure, SHORTHAND } from './fake-telegram-failures.js';
import { createFakeFiles, type FakeFiles } from './fake-telegram-files.js';
import { type ApiResponse, answer, botUserFor, type FakeState, type Params } from './fake-telegram-methods.js';
import { createUpdateQueue } from './fake-telegram-update-queue.js';
import { readMultipart } from './fake-telegram-uploads.js';

export type { InjectedFailure } from './fake-telegram-failures.js';
export { documentUpdate, GET_FILE_LIMIT, type StoredFile } from './fake-telegram-files.js';
export * from './fake-telegram-updates.js';

/** One request the fake received, and the HTTP status it was answered with (once answered). */
export interface RecordedRequest {
  readonly method: string;
  readonly params: Params;
  /** performance.now() when the request was recorded (its body read). */
  readonly at: number;
  status?: number;
}

/** A running fake. */
export interface FakeTelegramApi {
  /** Pass as grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly botInfo: UserFromGetMe;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  /** The requests for one method. */
  calls(method: string): RecordedRequest[];
  /** The requests for one method that were answered with success. */
  succeeded(method: string): RecordedRequest[];
  /** Resolves once `count` calls of `method` have arrived (rejects after `timeoutMs`). */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  /** Makes the update available to getUpdates. */
  queueUpdate(update: Update): void;
  /** The next `times` calls of `method` meet the failure. */
  failNext(method: string, failure: InjectedFailure | InjectedFailure['kind'], times?: number): void;
  /**
   * From now on, calls of `method` are recorded on arrival but answered only once the returned
   * function is called (then all at once, and later calls at once again).
   */
  hold(method: string): () => void;
  /** Users' files: add one to send it in a document update; getFile and the download route serve them. */
  readonly files: FakeFiles;
  close(): Promise<void>;
}

async function readParams(request: IncomingMessage, url: URL): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const type = request.headers['content-type'] ?? '';
  const query = Object.fromEntries(url.searchParams);
  // Uploads (sendPhoto, sendDocument) come as multipart/form-data, files as bytes.
  if (type.startsWith('multipart/form-data')) return { ...query, ...readMultipart(Buffer.concat(chunks), type) };
  const body = Buffer.concat(chunks).toString('utf8');
  if (body === '') return query;
  if (type.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? { ...query, ...parsed } : query;
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    // Telegram reads structured fields of a form as JSON text.
    const entries = [...new URLSearchParams(body)].map(([key, value]) => [key, parseLoose(value)]);
    return { ...query, ...Object.fromEntries(entries) };
  }
  return { ...query, _body: body };
}

function parseLoose(value: string): unknown {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' ? parsed : value;
  } catch {
    return value;
  }
}

function send(response: ServerResponse, body: ApiResponse, record?: RecordedRequest): void {
  if (response.destroyed) return;
  const status = body.ok ? 200 : body.error_code;
  if (record) record.status = status;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the fake for one bot token. */
export async function startFakeTelegramApi(token: string): Promise<FakeTelegramApi> {
  const state: FakeState = { botInfo: botUserFor(token), chats: new Map(), webhookUrl: '', nextMessageId: 1 };
  const requests: RecordedRequest[] = [];
  const failures = new Map<string, InjectedFailure[]>();
  const updates = createUpdateQueue();
  const arrivals = new Set<() => void>();
  const holds = new Map<string, { readonly released: Promise<void>; readonly release: () => void }>();
  const files = createFakeFiles();

  const server = createServer((request, response) => {
    void serve(request, response).catch(() => send(response, { ok: false, error_code: 500, description: 'Internal Server Error' }));
  });
  // Like api.telegram.org, keep idle connections open: with Node's default of 5 s, a busy client
  // reusing a socket the fake has just closed fails with "socket hang up".
  server.keepAliveTimeout = 60_000;

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (files.serve(url.pathname, token, response)) return;
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return send(response, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== token) return send(response, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2] ?? '';
    const params = await readParams(request, url);
    const record: RecordedRequest = { method, params, at: performance.now() };
    requests.push(record);
    for (const notify of [...arrivals]) notify();
    await holds.get(method)?.released;
    const failure = failures.get(method)?.shift();
    if (failure?.kind === 'slow') await sleep(failure.delayMs);
    const failed = failure ? failureResponse(failure) : null;
    if (failed) return send(response, failed, record);
    if (method === 'getUpdates') return send(response, await getUpdates(record.params, response), record);
    if (method === 'getFile') return send(response, files.getFile(record.params), record);
    send(response, answer(state, method, record.params) ?? { ok: false, error_code: 404, description: 'Not Found' }, record);
  }

  async function getUpdates(params: Params, response: ServerResponse): Promise<ApiResponse> {
    if (state.webhookUrl !== '') {
      return {
        ok: false,
        error_code: 409,
        description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      };
    }
    const aborted = new AbortController();
    response.on('close', () => aborted.abort());
    const result = await updates.take(Number(params.offset ?? 0), Number(params.limit ?? 100), Number(params.timeout ?? 0), aborted.signal);
    return { ok: true, result };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const calls = (method: string) => requests.filter((r) => r.method === method);

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    botInfo: state.botInfo,
    requests,
    calls,
    succeeded: (method) => calls(method).filter((r) => r.status === 200),
    waitForCalls(method, count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (calls(method).length < count) return;
          cleanup();
          resolve(calls(method));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`expected ${count} ${method} calls within ${timeoutMs} ms, got ${calls(method).length}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          arrivals.delete(check);
        };
        arrivals.add(check);
        check();
      });
    },
    queueUpdate(update) {
      const chat = update.message?.chat ?? update.callback_query?.message?.chat;
      if (chat) state.chats.set(chat.id, chat);
      updates.push(update);
    },
    failNext(method, failure, times = 1) {
      const injected = typeof failure === 'string' ? SHORTHAND[failure] : failure;
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => injected)]);
    },
    hold(method) {
      holds.get(method)?.release();
      let open = (): void => {};
      const released = new Promise<void>((resolve) => {
        open = resolve;
      });
      const release = (): void => {
        if (holds.get(method)?.released === released) holds.delete(method);
        open();
      };
      holds.set(method, { released, release });
      return release;
    },
    files,
    async close() {
      for (const held of [...holds.values()]) held.release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
