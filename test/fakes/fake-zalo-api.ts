/**
 * A fake Zalo Bot API on 127.0.0.1 (random port) that answers as the real one does, so that the
 * client's real axios code runs: `POST /bot<TOKEN>/<method>` with JSON, answered by `{ok, result}` or
 * `{ok: false, error_code, description}`. It records every request, hands queued updates to
 * getUpdates one at a time (an empty poll ends, after a short wait, with `ok: false, error_code: 408`
 * in an HTTP 200, as observed on the real platform) and fails the next calls of a method on demand.
 * While a webhook is set, getUpdates is refused, as the platform's documentation says it is (the exact
 * answer is not documented: the fake uses 409 Conflict, Telegram's answer to the same mistake).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Failures the next call of a method can meet. */
export type FakeZaloFailure =
  | 'rate_limited' // 429 with the wait (see FakeZaloOptions.retryAfterIn)
  | 'server_error' // 502
  | 'forbidden' // 403, which Zalo's error table calls an internal server error
  | 'bad_request' // 400
  | 'not_found' // 404
  | 'http_408' // an empty poll answered with HTTP status 408 rather than in the body
  | 'not_json' // 502 with an HTML page
  | 'slow' // the normal answer, late
  | 'pass'; // the normal answer (to fail a later call rather than the next)

/** One request as the fake received it. */
export interface FakeZaloRequest {
  readonly method: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  /** The HTTP status answered; null while the answer is pending (a long poll). */
  readonly status: number | null;
}

/** A running fake: where it listens, what it received, and how to steer it. */
export interface FakeZaloApi {
  /** The base URL to give the client (no /bot… part). */
  readonly baseUrl: string;
  /** Every request so far, in order of arrival. */
  readonly requests: readonly FakeZaloRequest[];
  /** Adds an update for getUpdates (handed to a waiting poll at once). */
  queueUpdate(update: unknown): void;
  /** Makes the next `times` calls of `method` (default 1) fail in the given way. */
  failNext(method: string, kind: FakeZaloFailure, times?: number): void;
  /** The sendMessage calls the platform took (status 200), in order. */
  delivered(): readonly FakeZaloRequest[];
  close(): Promise<void>;
}

/** Timings of the fake, shortened in tests. */
export interface FakeZaloOptions {
  /** How long an empty getUpdates waits for an update before its 408. Default 50 ms. */
  readonly pollWaitMs?: number;
  /** How late a 'slow' answer comes. Default 1000 ms. */
  readonly slowMs?: number;
  /** The Retry-After of a 429, in seconds. Default 3. */
  readonly retryAfterSeconds?: number;
  /**
   * Where a 429 gives its wait: the Retry-After header (default), `parameters.retry_after` in the
   * body as Telegram does, or nowhere, as Zalo's error table shows it ("429 Quota exceeded", no
   * wait). The documentation says none of these; the client reads both places and backs off without.
   */
  readonly retryAfterIn?: 'header' | 'body' | 'none';
}

type Answer = { status: number; body: unknown; headers?: Record<string, string>; type?: string; text?: string };

const ERRORS: Readonly<Record<Exclude<FakeZaloFailure, 'slow' | 'not_json' | 'pass'>, readonly [number, string]>> = {
  rate_limited: [429, 'Too Many Requests'],
  server_error: [502, 'Bad Gateway'],
  forbidden: [403, 'Forbidden'],
  bad_request: [400, 'Bad Request'],
  not_found: [404, 'Not Found'],
  http_408: [408, 'Request timeout'],
};

/** Starts the fake for the given bot token. */
export async function startFakeZaloApi(token: string, options: FakeZaloOptions = {}): Promise<FakeZaloApi> {
  const requests: FakeZaloRequest[] = [];
  const updates: unknown[] = [];
  const waiters: Array<(update: unknown) => void> = [];
  const failures = new Map<string, FakeZaloFailure[]>();
  const methods = createMethods();

  const server = createServer((req, res) => {
    void serve(req, res).catch(() => res.destroy());
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    const method = match?.[2] ?? '';
    const body = parseJson(text);
    const entry: { method: string; body: unknown; status: number | null } = { method, body, status: null };
    requests.push(entry);
    const answer = await answerFor(method, body, match !== null && decodeURIComponent(match[1] ?? '') === token, res);
    entry.status = answer.status;
    sendRaw(res, answer.status, answer.type ?? 'application/json', answer.text ?? JSON.stringify(answer.body), answer.headers);
  }

  async function answerFor(method: string, body: unknown, authorised: boolean, res: ServerResponse): Promise<Answer> {
    if (!authorised) return error(401, 'Unauthorized');
    const failure = failures.get(method)?.shift();
    if (failure === 'slow') await delay(options.slowMs ?? 1000);
    else if (failure === 'not_json') return { status: 502, body: null, type: 'text/html', text: '<html><body>502 Bad Gateway</body></html>' };
    else if (failure === 'rate_limited') return rateLimited(options);
    else if (failure && failure !== 'pass') return error(...ERRORS[failure]);
    if (method === 'getUpdates') {
      if (methods.webhookUrl() !== '') return error(409, 'Conflict: getUpdates does not work while a webhook is set');
      return poll(body, res);
    }
    const handler = methods.byName[method];
    // The error table: 400 for "a wrong path or an invalid API name".
    return handler ? handler(body) : error(400, 'Bad Request: unknown method');
  }

  /** Waits for an update until the poll's time is up; a poll abandoned by the client takes none. */
  async function poll(body: unknown, res: ServerResponse): Promise<Answer> {
    const queued = updates.shift();
    if (queued !== undefined) return { status: 200, body: { ok: true, result: queued } };
    const seconds = Number(record(body).timeout ?? 30);
    const waitMs = Math.min(options.pollWaitMs ?? 50, (Number.isFinite(seconds) ? seconds : 30) * 1000);
    const update = await new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => settle(undefined), waitMs);
      const settle = (value: unknown) => {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(settle), 1);
        resolve(value);
      };
      waiters.push(settle);
      res.on('close', () => waiters.includes(settle) && settle(undefined));
    });
    if (update === undefined) return { status: 200, body: { ok: false, error_code: 408, description: 'Request timeout' } };
    return { status: 200, body: { ok: true, result: update } };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    queueUpdate(update) {
      const waiter = waiters[0];
      if (waiter) waiter(update);
      else updates.push(update);
    },
    failNext(method, kind, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => kind)]);
    },
    delivered: () => requests.filter((r) => r.method === 'sendMessage' && r.status === 200),
    async close() {
      for (const waiter of [...waiters]) waiter(undefined);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A 429 with its wait where the options put it. */
function rateLimited(options: FakeZaloOptions): Answer {
  const seconds = options.retryAfterSeconds ?? 3;
  const answer = error(429, 'Too Many Requests');
  if (options.retryAfterIn === 'none') return answer;
  if (options.retryAfterIn === 'body') return { ...answer, body: { ...record(answer.body), parameters: { retry_after: seconds } } };
  return { ...answer, headers: { 'retry-after': String(seconds) } };
}

/** The methods that answer at once, with the shapes of the platform's documentation, and the webhook set. */
function createMethods(): { byName: Readonly<Record<string, (body: unknown) => Answer>>; webhookUrl: () => string } {
  let webhook = { url: '', updated_at: Date.now() };
  const sent = () => ok({ message_id: randomBytes(10).toString('hex'), date: Date.now() });
  const byName: Record<string, (body: unknown) => Answer> = {
    getMe: () => ok({ id: '1459232241454765289', account_name: 'bot.FakeZalo', account_type: 'BASIC', can_join_groups: false }),
    getWebhookInfo: () => ok(webhook),
    deleteWebhook: () => ok((webhook = { url: '', updated_at: Date.now() })),
    setWebhook(body) {
      const { url, secret_token: secret } = record(body);
      if (typeof url !== 'string' || !url.startsWith('https://')) return error(400, 'Bad Request: url must be HTTPS');
      if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256) return error(400, 'Bad Request: secret_token');
      return ok((webhook = { url, updated_at: Date.now() }));
    },
    sendMessage(body) {
      const { chat_id: chatId, text } = record(body);
      if (!isId(chatId)) return error(400, 'Bad Request: chat_id');
      if (typeof text !== 'string' || text.length < 1 || text.length > 2000) return error(400, 'Bad Request: text length must be 1 to 2000');
      return sent();
    },
    sendPhoto(body) {
      const { chat_id: chatId, photo, caption } = record(body);
      if (!isId(chatId) || typeof photo !== 'string' || photo.length === 0) return error(400, 'Bad Request: chat_id, photo');
      if (caption !== undefined && (typeof caption !== 'string' || caption.length < 1 || caption.length > 2000))
        return error(400, 'Bad Request: caption length must be 1 to 2000');
      return sent();
    },
    sendChatAction(body) {
      const { chat_id: chatId, action } = record(body);
      if (!isId(chatId) || (action !== 'typing' && action !== 'upload_photo')) return error(400, 'Bad Request: action');
      return { status: 200, body: { ok: true } };
    },
  };
  return { byName, webhookUrl: () => webhook.url };
}

function ok(result: unknown): Answer {
  return { status: 200, body: { ok: true, result } };
}

function error(status: number, description: string): Answer {
  return { status, body: { ok: false, error_code: status, description } };
}

function sendRaw(res: ServerResponse, status: number, type: string, text: string, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': type, ...headers }).end(text);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
